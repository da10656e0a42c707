import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'

const goals = (...body: string[]) =>
  analyzeReportText(['2023年某某市政府工作报告', '——2023年1月10日在某某市人民代表大会上', '二、当前形势和今后五年的目标任务', ...body].join('\n')).metrics

describe('rule: past-fact', () => {
  it('dates a figure that has happened (同比, 已) in a part on the next five years to the year before them, flagged', () => {
    const metrics = goals('我们也面临不少困难。全市商品房销售面积同比下降18.5%，全市已建成充电桩3200个。')
    expect(metrics.map((m) => [m.value, m.period, m.confidence.reasons.includes('period-inferred')])).toEqual([
      [-18.5, '2022', true],
      [3200, '2022', true],
    ])
    // 刚刚 (just now) says it too, and leaves the label.
    expect(goals('一是经济总量不大，全市地区生产总值刚刚突破2000亿元。').map((m) => [m.label, m.value, m.period])).toEqual([['地区生产总值', 2000, '2022']])
    // The rank of such a figure has happened too.
    expect(goals('一是经济总量不大，全市地区生产总值刚刚突破2000亿元、排在全省第9位。').map((m) => [m.value, m.period])).toEqual([
      [2000, '2022'],
      [9, '2022'],
    ])
  })
  it('leaves the goals of the same part goals', () => {
    const metrics = goals('今后五年，全市地区生产总值年均增长6%，新建充电桩5000个。')
    expect(metrics.map((m) => [m.value, m.period])).toEqual([
      [6, '2023-2027 target'],
      [5000, '2023-2027 target'],
    ])
  })
  it('leaves a figure of a review that says 同比 in its year', () => {
    const review = analyzeReportText(['2023年某某市政府工作报告', '——2023年1月10日在某某市人民代表大会上', '一、2022年工作回顾', '全市商品房销售面积同比下降18.5%。'].join('\n')).metrics
    expect(review.map((m) => [m.value, m.period])).toEqual([[-18.5, '2022']])
  })
})
