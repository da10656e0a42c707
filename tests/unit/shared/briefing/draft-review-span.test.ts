/**
 * Which figures a draft puts on its KPI and target slides when a report reviews five years and says little of its
 * last year, and when it states a headline target twice: once in its list of main targets, once for a part of
 * the place or a programme. Reports written here, analysed by the real parser.
 */
import { describe, expect, it } from 'vitest'
import type { Slide } from '../../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../../src-shared/schemas/report'
import { draftBriefing } from '../../../../src-shared/briefing/draft'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { figureWords } from '../../../../src-shared/slides/figure-wording'
import { expectDraftInvariants } from './hand-made-report'

const HEAD = '2018年某某市政府工作报告\n——2018年1月23日在某某市第十五届人民代表大会第一次会议上\n各位代表：\n'

function reportOf(body: string): ReportContent {
  const text = HEAD + body
  const a = analyzeReportText(text)
  return { id: 'r-span', title: a.title, year: a.year, place: a.place, source: { fileName: 'x.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

function kpiCards(slides: Slide[]): string[] {
  return slides.flatMap((s) => (s.layout === 'kpi' ? [`${s.title}：${s.figures.map((f) => `${f.label}${figureWords(f).text}${f.target ? '→' + f.target.value : ''}`).join('，')}`] : []))
}

function targetRows(slides: Slide[]): string[] {
  return slides.flatMap((s) => (s.layout === 'table' ? s.rows.map((r) => `${r.label} ${r.cells.join('')}`) : []))
}

const FIVE_YEARS = '五年来，全市生产总值年均增长7.1%，固定资产投资年均增长11.5%，一般公共预算收入年均增长12.2%，居民人均可支配收入年均增长8.9%，城镇登记失业率稳定在4.1%左右。'
const PLAN = '二、2018年主要任务\n今年经济社会发展的主要预期目标是：全市生产总值增长6.5%左右，固定资产投资增长8%，一般公共预算收入增长7%。'

describe('KPI slides of a five-year review whose last year gives fewer than four figures', () => {
  it('the span’s figures first, then the year’s growth on a slide of its own with its target beside it', () => {
    const report = reportOf(`一、过去五年工作回顾\n${FIVE_YEARS}\n2017年，全市生产总值达到2860亿元，增长7.6%。\n${PLAN}`)
    const draft = draftBriefing(report)
    expect(kpiCards(draft.slides)).toEqual([
      '2013—2017年主要指标：地区生产总值年均增长7.1%，固定资产投资年均增长11.5%，一般公共预算收入年均增长12.2%，居民人均可支配收入年均增长8.9%，城镇登记失业率为4.1%左右',
      '2017年主要指标：地区生产总值达到2860亿元，地区生产总值增长7.6%→6.5',
    ])
    expectDraftInvariants(report, draft)
  })

  it('a year of levels only joins the span’s slide, its level in place of the span’s round figure', () => {
    const report = reportOf(`一、过去五年工作回顾\n五年来，全市生产总值突破2800亿元，年均增长7.1%，固定资产投资年均增长11.5%，一般公共预算收入年均增长12.2%，居民人均可支配收入年均增长8.9%。\n2017年，全市生产总值达到2860亿元，城镇化率达到58.2%。\n${PLAN}`)
    const draft = draftBriefing(report)
    expect(kpiCards(draft.slides)).toEqual([
      '2013—2017年主要指标：地区生产总值达到2860亿元，地区生产总值年均增长7.1%，固定资产投资年均增长11.5%，一般公共预算收入年均增长12.2%，居民人均可支配收入年均增长8.9%，常住人口城镇化率达到58.2%',
    ])
    expectDraftInvariants(report, draft)
  })

  it('keeps the year’s slide when the span’s own figures would not fill one', () => {
    const report = reportOf(`一、过去五年工作回顾\n五年来，全市生产总值年均增长7.1%，一般公共预算收入年均增长12.2%。\n2017年，全市生产总值达到2860亿元，增长7.6%。\n${PLAN}`)
    expect(kpiCards(draftBriefing(report).slides)).toEqual(['2017年主要指标：地区生产总值达到2860亿元，地区生产总值增长7.6%→6.5'])
  })
})

describe('the 主要预期目标 table', () => {
  // A second figure of a listed indicator and kind elsewhere (a stretch goal, a sector's, a park's) would stand
  // beside the list's own as if both were the plan's: the list's wins; an indicator the list leaves out still shows.
  it('takes a headline target stated outside the list only when the list names none of that indicator and kind', () => {
    const report = reportOf(
      `一、2017年工作回顾\n2017年，全市生产总值增长7.6%，固定资产投资增长9.2%，一般公共预算收入增长8.1%，社会消费品零售总额增长10.3%。\n${PLAN}\n三、重点工作\n扩大有效投资，全年固定资产投资增长15%以上。稳定就业，城镇新增就业5万人以上。`,
    )
    const draft = draftBriefing(report)
    expect(targetRows(draft.slides)).toEqual(['地区生产总值 增长6.5%左右', '固定资产投资 增长8%', '一般公共预算收入 增长7%', '城镇新增就业 达到5万人以上'])
    expectDraftInvariants(report, draft)
  })
})

describe('KPI cards of a year with more headline rates than cards', () => {
  it('the economy’s size goes beside its growth, ahead of the least important indicator’s rate', () => {
    const report = reportOf(
      `一、2017年工作回顾\n2017年，全市生产总值达到2860亿元，增长7.6%；规模以上工业增加值增长8%；固定资产投资增长9.2%；社会消费品零售总额增长10.3%；一般公共预算收入增长8.1%；城镇居民人均可支配收入增长8%；农村居民人均可支配收入增长9%；城镇新增就业5.2万人；城镇登记失业率为3.5%；居民消费价格上涨1.8%；外贸进出口总额增长12%；粮食产量120万吨；实际利用外资增长6%。\n${PLAN}`,
    )
    const draft = draftBriefing(report)
    const cards = kpiCards(draft.slides).join('，')
    expect(cards).toContain('地区生产总值达到2860亿元')
    expect(cards).toContain('地区生产总值增长7.6%')
    expect(draft.slides.filter((s) => s.layout === 'kpi').flatMap((s) => (s.layout === 'kpi' ? s.figures : []))).toHaveLength(12)
    expectDraftInvariants(report, draft)
  })
})
