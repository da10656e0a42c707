import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ReportContentSchema, ReportDocSchema } from '../../../../src-shared/schemas/report'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const fixture = (name: string) => join(root, 'tests/fixtures/import', name)

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src-main/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('huibao import, for the files users receive', () => {
  it('prints a PDF as one Report in JSON, and nothing else on stdout', () => {
    const r = cli('import', fixture('yulin-2024.libreoffice.pdf'), '--json')
    expect(r.code).toBe(0)
    const report = ReportContentSchema.parse(JSON.parse(r.stdout))
    expect(report).toMatchObject({ title: '2024年政府工作报告', source: { format: 'pdf', fileName: 'yulin-2024.libreoffice.pdf' } })
    expect(report.sections).toHaveLength(3)
    expect(report.metrics.length).toBeGreaterThanOrEqual(90)
  }, 120_000)

  it('reads a web page and an old Word file', () => {
    const page = cli('import', fixture('yulin-2024.gov-gbk.html'))
    expect(page.code).toBe(0)
    expect(page.stdout).toMatch(/2024年政府工作报告\n章节 3 个，指标 \d+ 个（编码 GB18030）/)
    const doc = cli('import', fixture('hailar-2017.doc'), '--json')
    expect(ReportContentSchema.parse(JSON.parse(doc.stdout)).source.format).toBe('doc')
  }, 120_000)

  it('refuses a scan in one Chinese line on stderr', () => {
    const r = cli('import', fixture('refuse.scanned.pdf'), '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/扫描/)
  }, 120_000)

  it('stores the report in the workspace it is given, so the app lists it', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'huibao-cli-import-'))
    try {
      const r = cli('import', fixture('yulin-2024.gov-gbk.html'), '--workspace', workspace)
      expect(r.code).toBe(0)
      const files = readdirSync(join(workspace, 'reports')).filter((f) => f.endsWith('.json'))
      expect(files).toHaveLength(1)
      const doc = ReportDocSchema.parse(JSON.parse(readFileSync(join(workspace, 'reports', files[0]!), 'utf8')))
      expect(doc.title).toBe('2024年政府工作报告')
      expect(r.stdout).toContain(`编号 ${doc.id}`)
      // With --json, stdout is the stored report and nothing else.
      const j = cli('import', fixture('yulin-2024.gov-gbk.html'), '--json', '--workspace', workspace)
      const printed = ReportDocSchema.parse(JSON.parse(j.stdout))
      expect(readdirSync(join(workspace, 'reports'))).toContain(`${printed.id}.json`)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }, 120_000)
})
