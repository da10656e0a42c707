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

  it('opens a version-1 briefing unchanged in the default theme, 16:9, with its footer and page numbers', () => {
    const v1 = {
      schema: 'huibao.briefing',
      version: 1,
      id: 'b-v1',
      revision: 7,
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: '2024年政府工作报告',
      organization: '玉林市人民政府',
      theme: 'official',
      reportIds: ['r-1'],
      slides: [
        { id: 's1', layout: 'cover', title: '2024年政府工作报告', subtitle: '汇报提纲', organization: '玉林市人民政府', date: '2024年2月29日' },
        { id: 's2', layout: 'section', title: '工业强市', bullets: ['一', '二'], notes: '讲稿', hidden: true },
      ],
    }
    const doc = BriefingDocSchema.parse(migrate('briefing', structuredClone(v1)))
    expect(doc.version).toBe(CURRENT_VERSION.briefing)
    expect(doc.theme).toBe('red')
    expect(doc.aspect).toBe('16:9')
    expect(doc.chrome).toEqual({ pageNumbers: true, footer: true, footerText: '', logo: null })
    expect(doc.revision).toBe(7)
    expect(doc.slides.map((s) => s.id)).toEqual(['s1', 's2'])
    expect(doc.slides[1]).toMatchObject({ title: '工业强市', bullets: ['一', '二'], notes: '讲稿', hidden: true })
    // A theme a later version knows stays; an unknown one becomes the default.
    expect(migrate('briefing', { ...v1, theme: 'blue' }).theme).toBe('blue')
    expect(migrate('briefing', { ...v1, theme: 'gold' }).theme).toBe('red')
  })
})
