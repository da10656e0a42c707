import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { draftBriefing } from '../../../../src-shared/briefing/draft'
import { compareReports } from '../../../../src-shared/compare/compare'
import { cellText, completionChartSlide, completionTableSlides, tablePairs } from '../../../../src-shared/compare/slides'
import { MAX_TARGET_ROWS } from '../../../../src-shared/slides/layouts/targets'
import { BriefingContentSchema } from '../../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../../src-shared/schemas/report'

function corpus(file: string, id: string): ReportContent {
  const text = readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
  const a = analyzeReportText(text)
  return { id, title: a.title, year: a.year, place: a.place, source: { fileName: file, format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

const H2016 = corpus('county_hailaer_2016.txt', 'r-2016')
const H2017 = corpus('county_hailaer_2017.txt', 'r-2017')
const comparison = compareReports(H2016, H2017)

describe('目标完成情况 slides', () => {
  const tables = completionTableSlides(comparison)

  it('show the headline targets first, then those with a result; the plain 未报告 ones only in the notes', () => {
    const rows = tables.flatMap((t) => t.rows)
    expect(rows.slice(0, 2).map((r) => [r.label, r.target, r.result, r.status])).toEqual([
      ['地区生产总值', '增长7.5%', '增长7.2%', '未完成'],
      ['地区生产总值', '309亿元', '303.6亿元', '未完成'],
    ])
    expect(rows.map((r) => r.label)).toContain('区本级固定资产投资')
    expect(rows.find((r) => r.label === '社会消费品零售总额')?.status).toBe('完成')
    expect(rows.some((r) => r.status === '未报告')).toBe(false)
    const { unreported } = tablePairs(comparison)
    expect(unreported.length).toBeGreaterThan(5)
    expect(tables.at(-1)!.notes).toContain(`本年报告未提及完成情况的其他目标：${unreported[0]!.name}`)
  })

  it('share the rows evenly on slides of at most MAX_TARGET_ROWS, headed by the plan year', () => {
    const counts = tables.map((t) => t.rows.length)
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_TARGET_ROWS)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(tables.map((t) => t.title)).toEqual(tables.length > 1 ? tables.map((_, i) => `2016年目标完成情况（${i + 1}/${tables.length}）`) : ['2016年目标完成情况'])
    expect([tables[0]!.targetHeading, tables[0]!.resultHeading]).toEqual(['2016年目标', '2016年完成'])
  })

  it('cite both reports: the results in this year’s, the targets in last year’s, with quotes and rules in the notes', () => {
    const first = tables[0]!
    expect(first.sources.map((s) => s.reportId)).toEqual(['r-2017', 'r-2016'])
    const [results, targets] = first.sources
    expect(first.rows.every((r) => targets!.metricIds!.includes(r.metricIds[0]!))).toBe(true)
    expect(first.rows.every((r) => r.metricIds[1] === undefined || results!.metricIds!.includes(r.metricIds[1]))).toBe(true)
    expect(first.notes).toContain('地区生产总值：目标“地区生产总值增长7.5%”，实际“同比增长7.2%”；实际 7.2% < 目标 7.5% → 未完成。')
  })

  it('chart the growth pairs, actual against target, with sources in both reports', () => {
    const chart = completionChartSlide(comparison)!
    expect(chart.chart.type).toBe('target')
    expect(chart.chart.figures.map((f) => [f.label, f.value, f.target?.value])).toEqual([
      ['地区生产总值', 7.2, 7.5],
      ['一般公共预算收入', 13, 5],
      ['区本级固定资产投资', 16.6, 13],
      ['社会消费品零售总额', 9.5, 9],
      ['城镇居民人均可支配收入', 7, 8],
      ['农村居民人均可支配收入', 7.1, 8],
    ])
    expect(chart.sources.map((s) => s.reportId)).toEqual(['r-2017', 'r-2016'])
    expect(chart.caption).toBe('目标出自2016年政府工作报告，实际出自2017年政府工作报告')
  })

  it('write growth as 增长 and a fall as 下降', () => {
    const f = { reportId: 'r', metricId: 'm', label: '', value: -3, high: null, unit: '%', qualifier: null, written: null, period: null, text: '-3%', quote: '', needsCheck: false }
    expect(cellText(f, 'growth')).toBe('下降3%')
    expect(cellText({ ...f, value: 6, text: '6%左右' }, 'growth')).toBe('增长6%左右')
    expect(cellText({ ...f, value: 4, text: '4%以内' }, 'share')).toBe('4%以内')
  })

  it('keep a pair with an unconfirmed 待核对 figure off the table, and name it in the notes', () => {
    const c = compareReports(H2017, corpus('county_hailaer_2018.txt', 'r-2018'))
    const { toCheck, shown } = tablePairs(c)
    expect(toCheck.map((p) => p.name)).toContain('城镇居民人均可支配收入')
    expect(shown.every((p) => !p.needsCheck)).toBe(true)
    expect(completionTableSlides(c).at(-1)!.notes).toContain('数字待核对、未列入本表的目标：城镇居民人均可支配收入')
  })
})

describe('the one-click draft with last year’s report', () => {
  it('adds the 目标完成情况 slides after the review’s figures, and names both reports', () => {
    const plain = draftBriefing(H2017)
    const briefing = BriefingContentSchema.parse(draftBriefing(H2017, { previous: H2016 }))
    expect(briefing.reportIds).toEqual(['r-2017', 'r-2016'])
    const layouts = briefing.slides.map((s) => s.layout)
    expect(layouts.filter((l) => l === 'targets').length).toBe(completionTableSlides(comparison).length)
    expect(briefing.slides.length).toBe(plain.slides.length + completionTableSlides(comparison).length + 1)
    const firstTargets = layouts.indexOf('targets')
    expect(firstTargets).toBeGreaterThan(layouts.indexOf('kpi'))
    expect(firstTargets).toBeLessThan(layouts.indexOf('section'))
    expect(new Set(briefing.slides.map((s) => s.id)).size).toBe(briefing.slides.length)
  })

  it('carries a person’s corrected status onto the slide', () => {
    const gdp = comparison.pairs.find((p) => p.indicator === 'gdp' && p.kind === 'growth')!
    const corrected = { ...H2017, comparison: { previousReportId: 'r-2016', overrides: [{ targetId: gdp.id, status: '完成' as const }] } }
    const briefing = draftBriefing(corrected, { previous: H2016 })
    const row = briefing.slides.flatMap((s) => (s.layout === 'targets' ? s.rows : [])).find((r) => r.metricIds[0] === gdp.id)
    expect(row?.status).toBe('完成')
  })
})
