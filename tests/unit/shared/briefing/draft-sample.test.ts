import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { draftBriefing, growthChartMetrics } from '../../../../src-shared/briefing/draft'
import type { ReportContent } from '../../../../src-shared/schemas/report'
import { expectDraftInvariants } from './hand-made-report'

const text = readFileSync('resources/sample/yulin-2024-government-work-report.txt', 'utf8')
const analysis = analyzeReportText(text)
const report: ReportContent = {
  id: 'r-yulin',
  title: analysis.title,
  year: analysis.year,
  place: analysis.place,
  source: { fileName: 'yulin.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' },
  text,
  sections: analysis.sections,
  metrics: analysis.metrics,
}

describe('the draft of the sample report', () => {
  const draft = draftBriefing(report)
  const byLayout = (layout: string) => draft.slides.filter((s) => s.layout === layout)

  it('keeps every draft invariant', () => {
    expectDraftInvariants(report, draft)
  })

  it('has a cover, an agenda of the top sections, one section slide per subsection, KPIs, charts and a closing', () => {
    expect(byLayout('cover')).toHaveLength(1)
    expect(byLayout('agenda')).toHaveLength(1)
    const agenda = byLayout('agenda')[0]!
    expect(agenda.layout === 'agenda' && agenda.items).toEqual(report.sections.map((s) => s.title))
    // 8 + 10 subsections, and the third part, which has none, as one slide.
    expect(byLayout('section')).toHaveLength(19)
    expect(byLayout('kpi').length).toBeGreaterThanOrEqual(1)
    expect(byLayout('chart')).toHaveLength(2)
    expect(byLayout('closing')).toHaveLength(1)
  })

  it('pairs 地区生产总值 3.3% with its 5.5% target', () => {
    const target = byLayout('chart').find((s) => s.layout === 'chart' && s.chart.type === 'target')
    expect(target).toBeDefined()
    const gdp = target!.layout === 'chart' ? target!.chart.figures.find((f) => f.label === '地区生产总值') : undefined
    expect(gdp).toMatchObject({ value: 3.3, unit: '%', target: { value: 5.5, unit: '%' } })
  })

  it('charts the key growth rates first: those the targets name come before figures deep in the text', () => {
    const labels = growthChartMetrics(report).map((m) => m.label)
    expect(labels).toContain('地区生产总值')
    expect(labels).toContain('城镇居民人均可支配收入')
    expect(labels).not.toContain('人民日报报道')
  })
})

describe('pairing a review figure with its goal', () => {
  it('matches labels that differ only by a trailing 总额 or 总量', async () => {
    const { comparableLabel } = await import('../../../../src-shared/briefing/from-report')
    expect(comparableLabel('外贸进出口总额')).toBe(comparableLabel('外贸进出口'))
    expect(comparableLabel('社会消费品零售总额')).toBe('社会消费品零售')
    expect(comparableLabel('总量')).toBe('总量')
    expect(comparableLabel('地区生产总值')).toBe('地区生产')
  })

  it('pairs the sample’s 外贸进出口 65.1% with the 外贸进出口总额 goal of 10%', () => {
    const target = draftBriefing(report).slides.find((s) => s.layout === 'chart' && s.chart.type === 'target')
    const trade = target?.layout === 'chart' ? target.chart.figures.find((f) => f.label === '外贸进出口') : undefined
    expect(trade).toMatchObject({ value: 65.1, target: { value: 10, unit: '%' } })
  })
})
