import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { metricFromSelection } from '../../../../src-shared/report/manual-metric'
import type { ReportContent } from '../../../../src-shared/schemas/report'

function report(text: string): ReportContent {
  const a = analyzeReportText(text)
  return { id: 'r-1', title: a.title, year: a.year, place: a.place, source: { fileName: 'x.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

const text = '某市政府工作报告\n\n一、2023年工作回顾\n\n全市地区生产总值增长5.1%。带动2.5万玉工返乡就业。\n'

describe('metricFromSelection', () => {
  const r = report(text)

  it('reads the selection as the extractor would, with offsets into the report', () => {
    const start = text.indexOf('地区生产总值')
    const m = metricFromSelection(r, start, start + '地区生产总值增长5.1%'.length)!
    expect(m).toMatchObject({ label: '地区生产总值', value: 5.1, unit: '%', kind: 'growth', edited: true, period: '2023' })
    expect(text.slice(m.start, m.end)).toBe(m.quote)
    expect(m.sectionId).toBe(r.sections[0]!.id)
  })

  it('keeps what a selected gap is to, and a yearly average', () => {
    const t = '某市政府工作报告\n\n一、2023年工作回顾\n\n森林覆盖率高于全省平均水平2.5个百分点。城乡居民收入年均增长6%以上。\n'
    const gap = t.indexOf('森林')
    expect(metricFromSelection(report(t), gap, t.indexOf('。'))).toMatchObject({ label: '森林覆盖率', value: 2.5, kind: 'change', gap: '高于全省平均水平' })
    const avg = t.indexOf('城乡')
    expect(metricFromSelection(report(t), avg, avg + '城乡居民收入年均增长6%以上'.length)).toMatchObject({ value: 6, average: true })
  })

  it('falls back to the first number and the unit after it', () => {
    const start = text.indexOf('2.5万')
    const m = metricFromSelection(r, start, start + '2.5万玉工'.length)!
    expect(m).toMatchObject({ value: 2.5, quote: '2.5万玉工' })
  })

  it('gives null for a selection without a number, and new ids that do not collide', () => {
    expect(metricFromSelection(r, text.indexOf('带动'), text.indexOf('带动') + 2)).toBeNull()
    const start = text.indexOf('地区')
    const first = metricFromSelection(r, start, start + 14)!
    const second = metricFromSelection({ ...r, metrics: [...r.metrics, first] }, start, start + 14)!
    expect(first.id).toBe('mu1')
    expect(second.id).toBe('mu2')
  })
})
