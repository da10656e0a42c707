import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, expectOneLineFailure, root, samplePath } from '../../../helpers/cli'
import { BriefingContentSchema } from '../../../../src-shared/schemas/briefing'

const sample = samplePath
const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1])

describe('huibao draft and pdf', () => {
  const report = join(dir, 'report.json')
  const briefing = join(dir, 'briefing.json')

  it('import → draft → pdf', () => {
    const imported = cli('import', sample, '--json')
    expect(imported.code).toBe(0)
    writeFileSync(report, imported.stdout)
    const drafted = cli('draft', report, '-o', briefing)
    expect(drafted.code).toBe(0)
    expect(drafted.stdout).toMatch(/已生成汇报初稿/)
    const b = BriefingContentSchema.parse(JSON.parse(spawnSync('cat', [briefing], { encoding: 'utf8' }).stdout))
    expect(b.slides.length).toBeGreaterThan(10)

    const out = join(dir, 'handout.pdf')
    const r = cli('pdf', briefing, '-o', out, '--layout', '6', '--paper', 'A4', '--range', '1-12', '--marking', '内部资料 注意保存', '--report', report)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/已导出 PDF：.*（2 页）/)
    expect(pages(out)).toBe(2)
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('内部资料注意保存')
    expect(flat).toContain('第1页/共2页')
  }, 180_000)

  it('pdf --paper slide: a stored 4:3 briefing (an old version too) gives 4:3 pages with its theme and its picture embedded', () => {
    const ws = join(dir, 'workspace')
    mkdirSync(join(ws, 'briefings'), { recursive: true })
    mkdirSync(join(ws, 'assets'), { recursive: true })
    const photo = readFileSync(join(root, 'tests/fixtures/images/site-photo.jpg'))
    const asset = `${createHash('sha256').update(photo).digest('hex')}.jpg`
    writeFileSync(join(ws, 'assets', asset), photo)
    const drafted = JSON.parse(readFileSync(briefing, 'utf8')) as { slides: unknown[] }
    const picture = { id: 'p1', layout: 'picture', title: '项目现场', picture: { image: { asset, width: 480, height: 320 }, fit: 'cover', caption: '华友锂电' } }
    const stored = join(ws, 'briefings', 'b-cli.json')
    // A version-1 file: theme “official”, no aspect; it is migrated, then drawn 4:3 as asked below.
    writeFileSync(stored, JSON.stringify({ ...drafted, schema: 'huibao.briefing', version: 1, id: 'b-cli', revision: 1, updatedAt: '2024-01-01T00:00:00Z', theme: 'official', slides: [drafted.slides[0], picture] }))
    const old = join(dir, 'old.pdf')
    expect(cli('pdf', stored, '-o', old, '--layout', '1', '--paper', 'slide').code).toBe(0)
    expect(spawnSync('pdfinfo', [old], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+960 x 540 pts/)
    const current = JSON.parse(readFileSync(stored, 'utf8'))
    writeFileSync(stored, JSON.stringify({ ...current, version: 2, theme: 'blue', aspect: '4:3' }))
    const out = join(dir, 'slides-4x3.pdf')
    const r = cli('pdf', stored, '-o', out, '--layout', '1', '--paper', 'slide')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('')
    expect(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+720 x 540 pts/)
    expect(spawnSync('pdfimages', ['-list', out], { encoding: 'utf8' }).stdout).toMatch(/\s480\s+320\s/)
    expectOneLineFailure(cli('pdf', stored, '-o', out, '--layout', '2', '--paper', 'slide'), /幻灯片尺寸的纸张只用于/)
  }, 180_000)

  it('draft without -o prints the briefing', () => {
    const r = cli('draft', report)
    expect(r.code).toBe(0)
    expect(BriefingContentSchema.parse(JSON.parse(r.stdout)).slides.length).toBeGreaterThan(10)
  }, 60_000)

  it('one-line Chinese errors', () => {
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'nope', 'x.pdf')), /无法保存 PDF：文件夹不存在/)
    expectOneLineFailure(cli('pdf', briefing, '-o', dir), /无法保存 PDF/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--layout', '5'), /--layout 只能是/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--paper', 'A3'), /--paper 只能是 A4、A4-landscape、slide/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--range', '300'), /没有可导出的幻灯片/)
    expectOneLineFailure(cli('pdf', briefing), /请用 -o 指定/)
    expectOneLineFailure(cli('pdf', report, '-o', join(dir, 'x.pdf')), /不是汇报文件/)
    expectOneLineFailure(cli('pdf', join(dir, 'missing.json'), '-o', join(dir, 'x.pdf')), /找不到文件/)
    expectOneLineFailure(cli('draft', briefing, '-o', join(dir, 'y.json')), /不是报告文件/)
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    expectOneLineFailure(cli('draft', join(dir, 'bad.json')), /不是有效的 JSON/)
  }, 300_000)
})
