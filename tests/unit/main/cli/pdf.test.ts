import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { BriefingContentSchema } from '../../../../src-shared/schemas/briefing'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const sample = join(root, 'resources/sample/yulin-2024-government-work-report.txt')
const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/huibao.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function expectOneLineFailure(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code).not.toBe(0)
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\bat\s+\S+\s+\(|Error:/)
}

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

  it('draft without -o prints the briefing', () => {
    const r = cli('draft', report)
    expect(r.code).toBe(0)
    expect(BriefingContentSchema.parse(JSON.parse(r.stdout)).slides.length).toBeGreaterThan(10)
  }, 60_000)

  it('one-line Chinese errors', () => {
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'nope', 'x.pdf')), /无法保存 PDF：文件夹不存在/)
    expectOneLineFailure(cli('pdf', briefing, '-o', dir), /无法保存 PDF/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--layout', '5'), /--layout 只能是/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--paper', 'A3'), /--paper 只能是/)
    expectOneLineFailure(cli('pdf', briefing, '-o', join(dir, 'x.pdf'), '--range', '300'), /没有可导出的幻灯片/)
    expectOneLineFailure(cli('pdf', briefing), /请用 -o 指定/)
    expectOneLineFailure(cli('pdf', report, '-o', join(dir, 'x.pdf')), /不是汇报文件/)
    expectOneLineFailure(cli('pdf', join(dir, 'missing.json'), '-o', join(dir, 'x.pdf')), /找不到文件/)
    expectOneLineFailure(cli('draft', briefing, '-o', join(dir, 'y.json')), /不是报告文件/)
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    expectOneLineFailure(cli('draft', join(dir, 'bad.json')), /不是有效的 JSON/)
  }, 300_000)
})
