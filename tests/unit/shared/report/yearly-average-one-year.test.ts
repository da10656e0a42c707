import { describe, expect, it } from 'vitest'
import { reviewOf2020 as review } from './figures'

describe('a yearly average read as the figure of one year reviewed', () => {
  it('is flagged 待核对: a yearly average is over years the reading did not find', () => {
    expect(review('——我们爬坡过坎、砥砺前行。全市生产总值年均增长5.2%；一般公共预算收入增长3%。')).toEqual([
      '生产总值=5.2%@2020/low',
      '一般公共预算收入=3%@2020/high',
    ])
  })

  it('is read over the years a sentence says they were (这是…的五年。), then sure', () => {
    expect(review('——这是爬坡过坎的五年。全市生产总值年均增长5.2%；一般公共预算收入增长3%。')).toEqual([
      '生产总值=5.2%@2016-2020/high',
      '一般公共预算收入=3%@2016-2020/high',
    ])
    // After a short lead clause too, and the start of a change is the year before the five (not the year before the last).
    expect(review('2020年是“十三五”收官之年。回眸过去，这是综合实力显著提升的五年。全市生产总值从2.69万亿元增加到3.87万亿元。')).toEqual([
      '生产总值=2.69万亿元@2015/high',
      '生产总值=3.87万亿元@2020/high',
    ])
  })

  it('leaves an annual mean of a pollutant alone (年均浓度 is what is measured)', () => {
    expect(review('细颗粒物年均浓度降至31微克/立方米。')).toEqual(['细颗粒物年均浓度=31微克/立方米@2020/high'])
  })
})
