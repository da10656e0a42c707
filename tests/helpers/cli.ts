/** Running the built command line (`bin/huibao.mjs`) in tests, and checking a failure is one Chinese line. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const samplePath = join(root, 'resources/sample/yulin-2024-government-work-report.txt')

export function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/huibao.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export function expectOneLineFailure(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code).not.toBe(0)
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\bat\s+\S+\s+\(|Error:/)
}
