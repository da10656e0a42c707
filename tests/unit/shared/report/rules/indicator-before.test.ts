import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: indicator-before', () => {
  it('gives figures the standard indicator a sentence names in a clause of its own before them', () => {
    expect(lvu('全县地区生产总值迈上新台阶，达到268亿元，增长6.1%。')).toEqual([
      ['地区生产总值', 268, '亿元'],
      ['地区生产总值', 6.1, '%'],
    ])
    expect(lvu('社会消费品零售总额稳步回升，达到120亿元。')).toEqual([['社会消费品零售总额', 120, '亿元']])
  })
  it('lends nothing from a clause that is not a standard indicator, or names a measure of one', () => {
    expect(lvu('经济运行稳中向好，达到500亿元。')).toEqual([])
    expect(lvu('地区生产总值占全省比重提高，达到15%。')).toEqual([])
  })
})
