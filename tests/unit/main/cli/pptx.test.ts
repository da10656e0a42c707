import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, expectOneLineFailure, samplePath } from '../../../helpers/cli'
import { BriefingContentSchema } from '../../../../src-shared/schemas/briefing'
import { notesOf, openPptx, titleOf } from '../../../helpers/pptx'

const sample = samplePath
const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-pptx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('huibao pptx', () => {
  it('import → draft → pptx: one slide per slide, titled, with the report’s sources in the notes', async () => {
    const report = join(dir, 'report.json')
    const briefing = join(dir, 'briefing.json')
    const imported = cli('import', sample, '--json')
    expect(imported.code).toBe(0)
    writeFileSync(report, imported.stdout)
    expect(cli('draft', report, '-o', briefing).code).toBe(0)
    const b = BriefingContentSchema.parse(JSON.parse(readFileSync(briefing, 'utf8')))

    const out = join(dir, '汇报.pptx')
    const r = cli('pptx', briefing, '-o', out, '--report', report)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`已导出 PPT：${out}（${b.slides.length} 张幻灯片）`)
    const pkg = await openPptx(readFileSync(out))
    expect(pkg.slides).toHaveLength(b.slides.length)
    expect(titleOf(pkg.doc(pkg.slides[0]!))?.text).toBe(b.slides[0]!.title)
    expect(notesOf(pkg, pkg.slides[2]!).join('\n')).toMatch(/出处：《.+》/)
  })

  it('says what is missing in one line', () => {
    expectOneLineFailure(cli('pptx'), /请指定汇报文件/)
    expectOneLineFailure(cli('pptx', join(dir, 'briefing.json')), /请用 -o 指定输出的 PPT 文件/)
    expectOneLineFailure(cli('pptx', join(dir, 'briefing.json'), '-o', join(dir, 'x.pdf')), /输出文件应以 \.pptx 结尾/)
    expectOneLineFailure(cli('pptx', join(dir, 'none.json'), '-o', join(dir, 'x.pptx')), /找不到文件/)
    expectOneLineFailure(cli('pptx', join(dir, 'briefing.json'), '-o', join(dir, 'no-such-folder', 'x.pptx')), /无法保存 PPT：文件夹不存在/)
  })
})
