import { describe, expect, it } from 'vitest'
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
