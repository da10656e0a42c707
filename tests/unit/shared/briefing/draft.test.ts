import { describe, expect, it } from 'vitest'
import type { Slide } from '../../../../src-shared/schemas/briefing'
import { draftBriefing, headlineCardMetrics, draftYears, kpiGroups, parseSpeakerLine } from '../../../../src-shared/briefing/draft'
import { figureWords, goalWords } from '../../../../src-shared/slides/figure-wording'
import { expectDraftInvariants, handMadeReport } from './hand-made-report'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import type { ReportContent } from '../../../../src-shared/schemas/report'

const report = handMadeReport()

function only<L extends Slide['layout']>(slides: Slide[], layout: L): Extract<Slide, { layout: L }>[] {
  return slides.filter((s): s is Extract<Slide, { layout: L }> => s.layout === layout)
}

describe('draftBriefing', () => {
  it('is deterministic: two runs are deep-equal, ids from a counter', () => {
    const a = draftBriefing(report)
    const b = draftBriefing(structuredClone(report))
    expect(a).toEqual(b)
    expect(a.slides.map((s) => s.id)).toEqual(a.slides.map((_, i) => `s-${i + 1}`))
    expect(draftBriefing(report, { idPrefix: 'd' }).slides[0]?.id).toBe('d-1')
    expect(a.id).toBe('b-r-test')
  })

  it('keeps the invariants every draft must keep', () => {
    expectDraftInvariants(report, draftBriefing(report))
  })

  it('lays out cover, agenda, figures, parts and closing in order', () => {
    const d = draftBriefing(report)
    expect(d.slides.map((s) => s.layout)).toEqual([
      'cover',
      'agenda',
      'kpi', // 2023 headline figures, at the head of the review
      'chart', // their growth rates
      'section',
      'section',
      'table', // 2024 targets, at the head of the plan (one pair only: no actual-vs-target chart)
      'section',
      'section',
      'section',
      'section', // 三、 has no subsections: one slide for itself
      'closing',
    ])
    expect(only(d.slides, 'section').map((s) => s.title)).toEqual([
      '产业转型迈出新步伐',
      '民生改善交出新答卷',
      '全力做好强产业文章',
      '持续扩大对内对外开放',
      '切实保障改善民生',
      '全面加强政府自身建设',
    ])
    expect(only(d.slides, 'agenda')[0]?.items).toEqual(['2023年工作回顾', '2024年工作安排', '全面加强政府自身建设'])
    const closing = only(d.slides, 'closing')[0]
    expect(closing).toMatchObject({ title: '谢谢！', message: '请各位领导批评指正' })
  })

  it('gives no slide to a part with nothing of its own to say (a heading over the parts after it)', () => {
    const report = handMadeReport()
    const plan = report.sections[1]!
    const empty = { ...plan.children[0]!, id: 'sec-2-0', number: '', title: '今年重点做好三个方面工作', paragraphs: [], children: [] }
    const withEmpty = { ...report, sections: [report.sections[0]!, { ...plan, children: [empty, ...plan.children] }, ...report.sections.slice(2)] }
    const titles = draftBriefing(withEmpty).slides.map((s) => s.title)
    expect(titles).not.toContain('今年重点做好三个方面工作')
    expect(titles).toEqual(draftBriefing(report).slides.map((s) => s.title))
  })

  it('KPI cards of a five-year review: the span’s figures when the review year gives too few, titled with the span, no target beside them', () => {
    const text = '2018年某某市政府工作报告\n——2018年1月23日在某某市第十五届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n五年来，全市生产总值年均增长7.1%，一般公共预算收入年均增长12.2%，居民人均可支配收入年均增长8.9%，城镇登记失业率稳定在4.1%左右。\n二、2018年主要任务\n全市生产总值增长6.5%左右，一般公共预算收入增长7%。'
    const a = analyzeReportText(text)
    const report: ReportContent = { id: 'r-five', title: a.title, year: a.year, place: a.place, source: { fileName: 'x.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
    const draft = draftBriefing(report)
    const kpi = only(draft.slides, 'kpi')
    expect(kpi.map((s) => s.title)).toEqual(['2013—2017年主要指标'])
    expect(kpi[0]!.figures.map((f) => [f.value, f.period, f.target])).toEqual([
      [7.1, '2013-2017', null],
      [12.2, '2013-2017', null],
      [8.9, '2013-2017', null],
      [4.1, '2013-2017', null],
    ])
    expectDraftInvariants(report, draft)
  })

  it('reads organisation, date and meeting from the speaker line', () => {
    const d = draftBriefing(report, { organization: '别的单位', date: '2030年1月1日' })
    const cover = only(d.slides, 'cover')[0]
    expect(cover).toMatchObject({ title: '2024年政府工作报告', subtitle: '汇报提纲', organization: '玉林市人民政府', date: '2024年2月29日' })
    expect(cover?.notes).toContain('玉林市第六届人民代表大会第六次会议')
    expect(d).toMatchObject({ title: '2024年政府工作报告', organization: '玉林市人民政府', date: '2024年2月29日', meeting: '玉林市第六届人民代表大会第六次会议' })
  })

  it('falls back to the options without a speaker line', () => {
    const r = { ...report, text: report.text.replace(/——.*\n/, '\n') }
    const cover = only(draftBriefing(r, { organization: '某市人民政府', date: '2024年3月1日' }).slides, 'cover')[0]
    expect(cover).toMatchObject({ organization: '某市人民政府', date: '2024年3月1日' })
    expect(only(draftBriefing(r).slides, 'cover')[0]).toMatchObject({ organization: '', date: '' })
  })

  it('KPI cards: headline indicators in order of importance, never side figures; each says its verb', () => {
    // 华友产值, 工业投资总量, 新增工业产能规模 are side figures: no card.
    expect(headlineCardMetrics(report, draftYears(report)).map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm10', 'm12'])
    const kpi = only(draftBriefing(report).slides, 'kpi')
    expect(kpi).toHaveLength(1)
    expect(kpi[0]?.title).toBe('2023年主要指标')
    expect(kpi[0]?.figures.map((f) => `${figureWords(f).text} ${f.label}`)).toEqual([
      '增长3.3% 地区生产总值',
      '增长3.9% 城镇居民人均可支配收入',
      '增长6.6% 农村居民人均可支配收入',
      '达到约4.7万人 城镇新增就业',
      // The report says 外贸进出口; the card gives the indicator's full name.
      '增长65.1% 外贸进出口总额',
    ])
    // 2024's target beside 2023's result says whose it is.
    expect(goalWords(kpi[0]!.figures[0]!)).toBe('2024年预期目标 5.5%以上')
    expect(kpi[0]?.figures[0]?.target).toMatchObject({ metricId: 't1', value: 5.5, period: '2024 target' })
    expect(kpi[0]?.sources[0]?.metricIds).toEqual(['m1', 'm2', 'm3', 'm10', 'm12', 't1'])
    expect(kpi[0]?.notes).toContain('全市地区生产总值增长3.3%')
    expect(kpi[0]?.notes).toContain('地区生产总值增长5.5%以上')
  })

  it('KPI cards: a level beside its rate when there is room; never seven, the least important goes', () => {
    const r = structuredClone(report)
    const add = (id: string, indicator: string, label: string, value: number, unit: string, quote: string) => {
      r.text += quote
      r.metrics.push({ ...r.metrics.find((m) => m.id === 'm1')!, id, indicator, label, kind: 'amount', value, unit, quote, start: r.text.length - quote.length, end: r.text.length })
    }
    add('m13', 'gdp', '地区生产总值', 2154, '亿元', '全市地区生产总值2154亿元')
    add('m14', 'foreign-trade', '外贸进出口', 306, '亿元', '外贸进出口306亿元')
    const cards = only(draftBriefing(r).slides, 'kpi').flatMap((s) => s.figures.map((f) => figureWords(f).text))
    expect(cards).toEqual(['达到2154亿元', '增长3.3%', '增长3.9%', '增长6.6%', '达到约4.7万人', '增长65.1%'])
  })

  it('leaves a figure 待核对 off every slide until a person confirms it', () => {
    const r = structuredClone(report)
    const gdp = r.metrics.find((m) => m.id === 'm1')!
    gdp.confidence = { level: 'low', reasons: ['label-from-context'] }
    const unsure = draftBriefing(r)
    const shown = (d: ReturnType<typeof draftBriefing>) => JSON.stringify(d.slides).includes('"m1"')
    expect(shown(unsure)).toBe(false)
    expectDraftInvariants(r, unsure)
    gdp.pinned = true
    expect(shown(draftBriefing(r))).toBe(true)
  })

  it('KPI groups: 4–6 per slide, at most two slides', () => {
    const sizes = (n: number) => kpiGroups(Array.from({ length: n }, (_, i) => i)).map((g) => g.length)
    expect(sizes(1)).toEqual([])
    expect(sizes(3)).toEqual([3])
    expect(sizes(6)).toEqual([6])
    expect(sizes(7)).toEqual([6])
    expect(sizes(8)).toEqual([4, 4])
    expect(sizes(11)).toEqual([6, 5])
    expect(sizes(30)).toEqual([6, 6])
  })

  it('charts the review year’s growth rates of standard indicators, by importance', () => {
    const growth = only(draftBriefing(report).slides, 'chart').find((c) => c.chart.type === 'bar')
    expect(growth?.title).toBe('2023年主要指标增速')
    expect(growth?.chart.figures.map((f) => `${f.label} ${f.value}${f.unit}`)).toEqual([
      '地区生产总值 3.3%',
      '城镇居民人均可支配收入 3.9%',
      '农村居民人均可支配收入 6.6%',
      '外贸进出口总额 65.1%',
    ])
    expect(growth?.chart.figures.every((f) => f.target === null)).toBe(true)
  })

  it('states every target of the plan year in one 主要预期目标 table, worded as the report words them', () => {
    const table = only(draftBriefing(report).slides, 'table')
    expect(table).toHaveLength(1)
    expect(table[0]).toMatchObject({
      title: '2024年主要预期目标',
      columns: ['2024年预期目标'],
      rows: [
        { label: '地区生产总值', cells: ['增长5.5%以上'], metricIds: ['t1'] },
        { label: '规模以上工业增加值', cells: ['增长10%以上'], metricIds: ['t2'] },
        { label: '新增规上工业企业', cells: ['达到140家'], metricIds: ['t3'] },
      ],
    })
    expect(table[0]?.sources).toEqual([{ reportId: 'r-test', sectionId: 'sec-2', metricIds: ['t1', 't2', 't3'] }])
  })

  it('pairs a result with the next year’s target of the same indicator and kind, titled with both years', () => {
    const r = structuredClone(report)
    // A second pair: industry grew 5.1% in 2023; the plan's 10%以上 is for 2024.
    const text = '规模以上工业增加值增长5.1%'
    r.text += text
    r.metrics.push({ ...r.metrics.find((m) => m.id === 'm1')!, id: 'm13', label: '规模以上工业增加值', indicator: 'industry-value-added', value: 5.1, quote: text, start: r.text.length - text.length, end: r.text.length })
    const chart = only(draftBriefing(r).slides, 'chart').find((c) => c.chart.type === 'target')
    expect(chart?.title).toBe('2023年实际 与 2024年预期目标')
    expect(chart?.chart.figures.map((f) => [f.label, f.value, f.target?.value, f.target?.metricId])).toEqual([
      ['地区生产总值', 3.3, 5.5, 't1'],
      ['规模以上工业增加值', 5.1, 10, 't2'],
    ])
    expect(chart?.sources[0]?.metricIds).toEqual(['m1', 'm13', 't1', 't2'])
    expectDraftInvariants(r, draftBriefing(r))
  })

  it('drafts a report without metrics or subsections', () => {
    const r = { ...report, metrics: [], sections: report.sections.map((s) => ({ ...s, children: [] })) }
    const d = draftBriefing(r)
    expect(d.slides.map((s) => s.layout)).toEqual(['cover', 'agenda', 'section', 'section', 'section', 'closing'])
    expectDraftInvariants(r, d)
  })

  it('puts the review’s figures after the agenda when metrics have no section; targets where their passage is', () => {
    const r = { ...report, metrics: report.metrics.map((m) => ({ ...m, sectionId: null })) }
    const d = draftBriefing(r)
    expect(d.slides.slice(0, 5).map((s) => s.layout)).toEqual(['cover', 'agenda', 'kpi', 'chart', 'section'])
    expect(d.slides.findIndex((s) => s.layout === 'table')).toBe(d.slides.findIndex((s) => s.title === '全力做好强产业文章') - 1)
    expectDraftInvariants(r, d)
  })
})

describe('parseSpeakerLine', () => {
  it('reads a city report', () => {
    expect(parseSpeakerLine('2024年政府工作报告\n\n——2024年2月29日在玉林市第六届人民代表大会第六次会议上 市长 张惠强\n\n各位代表：')).toEqual({
      date: '2024年2月29日',
      meeting: '玉林市第六届人民代表大会第六次会议',
      organization: '玉林市人民政府',
      speaker: '市长 张惠强',
    })
  })

  it('reads provinces and autonomous regions, and keeps quiet without a place', () => {
    expect(parseSpeakerLine('——2024年1月21日在广西壮族自治区第十四届人民代表大会第二次会议上\n自治区主席 蓝天立').organization).toBe('广西壮族自治区人民政府')
    expect(parseSpeakerLine('——2024年01月05日在浙江省第十四届人民代表大会第二次会议上').date).toBe('2024年1月5日')
    expect(parseSpeakerLine('——2024年1月23日在浙江省第十四届人民代表大会第二次会议上').organization).toBe('浙江省人民政府')
    expect(parseSpeakerLine('在市第六届人民代表大会第六次会议上').organization).toBeNull()
    expect(parseSpeakerLine('各位代表：')).toEqual({ date: null, meeting: null, organization: null, speaker: null })
  })
})
