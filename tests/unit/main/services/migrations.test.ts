import { describe, expect, it } from 'vitest'
import { CURRENT_VERSION, MIGRATIONS, migrate } from '../../../../src-main/services/migrations'
import { ReportDocSchema } from '../../../../src-shared/schemas/report'
import { BriefingDocSchema } from '../../../../src-shared/schemas/briefing'
import type { DocKind } from '../../../../src-shared/api'

describe('schema migrations', () => {
  it.each(['report', 'briefing'] as DocKind[])('every older %s version has a step to the next', (kind) => {
    for (let v = 0; v < CURRENT_VERSION[kind]; v++) {
      const step = MIGRATIONS[kind][v]
      expect(step, `${kind} v${v} has no migration`).toBeTypeOf('function')
      expect(step?.({ version: v }).version).toBe(v + 1)
    }
  })

  it('brings a version-1 report with version-1 figures to the current schema, keeping every old field', () => {
    const v1 = {
      schema: 'huibao.report',
      version: 1,
      id: 'r-v1',
      revision: 2,
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: '2024年政府工作报告',
      source: { fileName: 'a.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' },
      text: '地区生产总值增长5.5%以上',
      sections: [],
      metrics: [
        { id: 'm1', label: '地区生产总值', value: 5.5, unit: '%', kind: 'growth', qualifier: '以上', period: '2024 target', quote: '地区生产总值增长5.5%以上', sectionId: null, start: 0, end: 14, pinned: true },
      ],
    }
    const doc = ReportDocSchema.parse(migrate('report', v1))
    expect(doc.version).toBe(CURRENT_VERSION.report)
    expect(doc.year).toBeNull()
    expect(doc.metrics[0]).toMatchObject({ label: '地区生产总值', value: 5.5, qualifier: '以上', pinned: true, high: null, written: null })
    expect(doc.metrics[0]?.confidence).toEqual({ level: 'high', reasons: [] })
  })

  it('brings a version-0 briefing to a valid current briefing', () => {
    const v0 = { schema: 'huibao.briefing', id: 'b-old', revision: 1, updatedAt: '2024-01-01T00:00:00.000Z', title: '旧汇报', slides: [] }
    expect(BriefingDocSchema.safeParse(migrate('briefing', v0)).success).toBe(true)
  })
})
