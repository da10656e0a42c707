import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.period])

/** How a plan year's targets are led in (rules/clause.ts): 主要预期目标是…, 预期增长. */
describe('the words that lead in a target', () => {
  it('reads a lead-in written without a colon (主要预期目标是生产总值增长…) out of the label', () => {
    expect(view('二、2025年工作安排', '今年全市经济社会发展的主要预期目标是地区生产总值增长6%以上。')).toEqual([['地区生产总值', 6, '2025 target']])
  })

  it('reads 预期 before the verb (预期增长, 涨幅预期) out of the label, and keeps 经济增长预期, 预期性指标 and 人均预期寿命', () => {
    expect(view('二、2025年工作安排', '一般公共预算收入预期增长5.5%，居民消费价格涨幅预期2%左右，经济增长预期6%左右，人均预期寿命达到80岁。')).toEqual([
      ['一般公共预算收入', 5.5, '2025 target'],
      ['居民消费价格', 2, '2025 target'],
      ['经济增长预期', 6, '2025 target'],
      ['人均预期寿命', 80, '2025 target'],
    ])
    expect(figures('预期性指标有12项完成。').map((m) => m.label)).toEqual(['预期性指标'])
  })
})

/** A part on a plan's opening year (words/periods.ts PLAN_OPENING_TITLE_WORDS, period.ts planPeriod). */
describe('a part titled for the opening of a five-year plan', () => {
  it('dates its targets to the plan year, and keeps a part on the five years dated to them', () => {
    const text = [
      '——2026年1月12日在某某市第一届人民代表大会第一次会议上',
      '一、“十四五”时期发展成就',
      '五年来，地区生产总值年均增长6.2%。',
      '二、“十五五”时期主要目标',
      '到2030年，地区生产总值年均增长5.5%左右。',
      '三、奋力实现“十五五”良好开局',
      '全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%。',
    ].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.value, m.period])).toEqual([
      [6.2, '2021-2025'],
      [5.5, '2026-2030 target'],
      [5.5, '2026 target'],
      [4, '2026 target'],
    ])
    // …and so is a part on the opening's work (做好“十五五”开局工作).
    const work = text.replace('三、奋力实现“十五五”良好开局', '三、全力以赴做好“十五五”开局工作')
    expect(analyzeReportText(work).metrics.map((m) => m.period).slice(2)).toEqual(['2026 target', '2026 target'])
  })

  it('dates the targets of a part that sets out to close the plan (实现“十四五”规划圆满收官) to its last year', () => {
    const text = [
      '——2025年1月12日在某某州第十六届人民代表大会第三次会议上',
      '一、担当实干，2024年全州经济社会发展成效',
      '全州地区生产总值增长5.2%。',
      '二、争先跨越，奋力实现“十四五”规划和三年行动圆满收官',
      '2025年是“十四五”规划收官之年。',
      '主要预期目标建议为:地区生产总值增长5%以上，社会消费品零售总额增长5%。',
    ].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.value, m.period])).toEqual([
      [5.2, '2024'],
      [5, '2025 target'],
      [5, '2025 target'],
    ])
  })
})
