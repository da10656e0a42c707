import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ReportContentSchema } from '../../../../src-shared/schemas/report'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const sample = join(root, 'resources/sample/yulin-2024-government-work-report.txt')
const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/huibao.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function expectOneLineFailure(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code).not.toBe(0)
  expect(r.stdout).toBe('')
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\bat\s+\S+\s+\(|Error:/)
}

describe('huibao import', () => {
  it('prints one Report as JSON on stdout', () => {
    const r = cli('import', sample, '--json', '--workspace', dir)
    expect(r.code).toBe(0)
    const report = ReportContentSchema.parse(JSON.parse(r.stdout))
    expect(report.title).toBe('2024年政府工作报告')
    expect(report.sections).toHaveLength(3)
    expect(report.metrics.length).toBeGreaterThanOrEqual(47)
  })
  it('a missing file', () => {
    expectOneLineFailure(cli('import', join(dir, 'nope.txt'), '--json'), /找不到文件/)
  })
  it('a directory', () => {
    expectOneLineFailure(cli('import', dir, '--json'), /文件夹/)
  })
  it('a binary file', () => {
    const f = join(dir, 'bin.txt')
    writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]))
    expectOneLineFailure(cli('import', f, '--json'), /二进制/)
  })
  it('an empty file', () => {
    const f = join(dir, 'empty.txt')
    writeFileSync(f, '')
    expectOneLineFailure(cli('import', f, '--json'), /空/)
  })
  it('a 100 MB file', () => {
    const f = join(dir, 'big.txt')
    const fd = openSync(f, 'w')
    ftruncateSync(fd, 100 * 1024 * 1024) // sparse: no 100 MB actually written
    closeSync(fd)
    try {
      expectOneLineFailure(cli('import', f, '--json'), /太大/)
    } finally {
      rmSync(f, { force: true })
    }
  })
  it('an unknown command or no file', () => {
    expectOneLineFailure(cli('frobnicate'), /未知命令/)
    expectOneLineFailure(cli('import', '--json'), /请指定/)
  })
})
