import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ReportContentSchema } from '../../../../src-shared/schemas/report'

const root = fileURLToPath(new URL('../../../../', import.meta.url))

describe('huibao import --json carries what the parser understands', () => {
  it('year, place, annexes, and per figure ranges, written forms, spans, indicators and confidence', () => {
    const file = join(root, 'tests/fixtures/corpus/province_hainan_2026.txt')
    const r = spawnSync('npx', ['tsx', 'src-main/cli/main.ts', 'import', file, '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    const report = ReportContentSchema.parse(JSON.parse(r.stdout))
    expect([report.year, report.place]).toEqual([2026, '海南省'])
    expect(report.annexes?.map((a) => a.title)).toEqual(['注释'])
    const m = report.metrics
    expect(m.find((f) => f.high !== null)).toMatchObject({ value: 2, high: 3, unit: '家' })
    expect(m.find((f) => f.written === '翻番')).toMatchObject({ value: 2, unit: '倍' })
    expect(m.some((f) => f.period === '2021-2025') && m.some((f) => f.period === '2026-2030 target')).toBe(true)
    expect(m.find((f) => f.indicator === 'gdp')).toBeDefined()
    expect(m.some((f) => f.confidence.level === 'low' && f.confidence.reasons.length > 0)).toBe(true)
  })
})
