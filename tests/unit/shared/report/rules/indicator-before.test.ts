import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: indicator-before', () => {
  it('gives figures the standard indicator a sentence names in a clause of its own before them', () => {
    expect(lvu('全县地区生产总值迈上新台阶，达到268亿元，增长6.1%。')).toEqual([
      ['地区生产总值', 268, '亿元'],
      ['地区生产总值', 6.1, '%'],
    ])
    expect(lvu('社会消费品零售总额稳步回升，达到120亿元。')).toEqual([['社会消费品零售总额', 120, '亿元']])
    // A time opening the sentence, in a clause of its own or before the subject, is no part of it.
    expect(lvu('2023年，全市地区生产总值稳中有进，达到2680亿元。')).toEqual([['地区生产总值', 2680, '亿元']])
    expect(lvu('去年全市固定资产投资止跌回稳，达到900亿元。')).toEqual([['固定资产投资', 900, '亿元']])
    // Passing milestones (连跨2个万亿元台阶) is no figure; the level after them is the indicator's.
    expect(lvu('五年来，全省生产总值连跨2个万亿元台阶、达到5.1万亿元。')).toEqual([['生产总值', 5.1, '万亿元']])
    // After clauses without figures, the clause right before the first figure names the indicator.
    expect(lvu('面对需求收缩的压力，我们稳住基本盘，地区生产总值逆势回升，完成642.5亿元。')).toEqual([['地区生产总值', 642.5, '亿元']])
  })
  it('after figures of other subjects, takes the subject of a milestone clause of its own right before the figures', () => {
    expect(lvu('服务出口、服务进口分别增长12%、8%，全市服务贸易总额创历史新高，达到310亿元、增长10.5%。').slice(2)).toEqual([
      ['服务贸易总额', 310, '亿元'],
      ['服务贸易总额', 10.5, '%'],
    ])
    // A milestone after the figure names nothing new.
    expect(lvu('蔬菜产量260万吨，创历史新高，增长3%。')).toEqual([
      ['蔬菜产量', 260, '万吨'],
      ['蔬菜产量', 3, '%'],
    ])
  })
  it('gives figures the subject of the clause just before them that only says a milestone was passed', () => {
    expect(lvu('深化电力改革，全社会用电量首次突破千亿千瓦时，达1035亿千瓦时、增长6.2%。')).toEqual([
      ['全社会用电量', 1035, '亿千瓦时'],
      ['全社会用电量', 6.2, '%'],
    ])
    expect(lvu('港口货物吞吐量再上新台阶，达到2.1亿吨。')).toEqual([['港口货物吞吐量', 2.1, '亿吨']])
  })
  it('lends nothing from a clause that is not a standard indicator, or names a measure of one', () => {
    expect(lvu('经济运行稳中向好，达到500亿元。')).toEqual([])
    expect(lvu('地区生产总值占全省比重提高，达到15%。')).toEqual([])
  })
})
