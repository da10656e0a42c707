import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const lvk = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.kind])

describe('rule: comparison-gap', () => {
  it('labels the gap to a wider area after a growth as a change of that figure', () => {
    expect(lvk('工业用电量增长22.7%，高于全区9.6个百分点。')).toEqual([
      ['工业用电量', 22.7, '%', 'growth'],
      ['工业用电量', 9.6, '个百分点', 'change'],
    ])
    expect(lvk('农民收入增长8%，比全国平均水平高1.2个百分点。')[1]).toEqual(['农民收入', 1.2, '个百分点', 'change'])
  })
  it('names the rate when the text writes it', () => {
    expect(lvk('外贸进出口总额增长3%，增速高于全省1.5个百分点。')[1]).toEqual(['外贸进出口总额增速', 1.5, '个百分点', 'change'])
    expect(lvk('全县规上工业增加值增速快于全市1.8个百分点。')).toEqual([['规上工业增加值增速', 1.8, '个百分点', 'change']])
    expect(lvk('全县农村居民收入年均增速高于全市0.6个百分点。')).toEqual([['农村居民收入年均增速', 0.6, '个百分点', 'change']])
  })
  it('keeps what the clause itself compares, without the comparison', () => {
    expect(lvk('森林覆盖率高于全省平均水平2.5个百分点。')).toEqual([['森林覆盖率', 2.5, '个百分点', 'change']])
  })
  it('makes a gap below the area negative', () => {
    expect(lvk('城镇调查失业率4.9%，低于全省0.4个百分点。')[1]).toEqual(['城镇调查失业率', -0.4, '个百分点', 'change'])
    expect(lvk('居民消费价格上涨1.5%，比全国低0.3个百分点。')[1]).toEqual(['居民消费价格', -0.3, '个百分点', 'change'])
  })
  it('pairs a list of areas with a list of values that writes 个 on the first', () => {
    expect(lvk('全市生产总值增长6.1%，增速分别高于全国、全省0.9个和0.4个百分点。').slice(1)).toEqual([
      ['生产总值增速', 0.9, '个百分点', 'change'],
      ['生产总值增速', 0.4, '个百分点', 'change'],
    ])
    // The quote holds the whole comparison, not the last area on.
    expect(figures('全市生产总值增长6.1%，增速分别高于全国、全省0.9个和0.4个百分点。')[1]?.quote).toBe('增速分别高于全国、全省0.9个和0.4个百分点')
    expect(lvk('商业银行不良贷款率1.2%，分别低于全国、全省0.5个和0.2个百分点。').slice(1)).toEqual([
      ['商业银行不良贷款率', -0.5, '个百分点', 'change'],
      ['商业银行不良贷款率', -0.2, '个百分点', 'change'],
    ])
  })
  it('pairs the gaps to one area with the growths before, in order', () => {
    expect(lvk('全县财政收入、社会消费品零售总额分别增长6%、5.2%，高于全市增速1.1个和0.5个百分点。').slice(2)).toEqual([
      ['财政收入增速', 1.1, '个百分点', 'change'],
      ['社会消费品零售总额增速', 0.5, '个百分点', 'change'],
    ])
  })
  it('lets a rank after the gap rank the growth compared, named as written (增速 only when the text writes it)', () => {
    expect(lvk('税收收入增长7%，高于全省2.3个百分点，居全省第2位。')[2]).toEqual(['税收收入', 2, '位', 'rank'])
    expect(lvk('税收收入增速达到7%，高于全省2.3个百分点，居全省第2位。')[2]).toEqual(['税收收入增速', 2, '位', 'rank'])
  })
  it('leaves a change against last year as it is', () => {
    expect(lvk('财政收入增长5%，比上年提高1个百分点。')[1]).toEqual(['财政收入', 1, '个百分点', 'change'])
  })
  it('reads a gap to the growth of a year named by its number as a gap of the growth before', () => {
    expect(lvk('全市生产总值增长5.6%，快于2023年0.9个百分点。')[1]).toEqual(['生产总值', 0.9, '个百分点', 'change'])
    expect(lvk('进出口总额增长3%，低于2022年同期1.2个百分点。')[1]).toEqual(['进出口总额', -1.2, '个百分点', 'change'])
  })
  it('keeps each gap\'s comparison as written, so it never reads as a change over time', () => {
    const gaps = (body: string) => figures(body).filter((m) => m.kind === 'change').map((m) => [m.value, m.gap])
    expect(gaps('工业用电量增长22.7%，高于全区9.6个百分点。')).toEqual([[9.6, '高于全区']])
    expect(gaps('农民收入增长8%，比全国平均水平高1.2个百分点。')).toEqual([[1.2, '比全国平均水平高']])
    expect(gaps('城镇调查失业率4.9%，低于全省0.4个百分点。')).toEqual([[-0.4, '低于全省']])
    // One comparison per area of a list, in order.
    expect(gaps('全市生产总值增长6.1%，增速分别高于全国、全省0.9个和0.4个百分点。')).toEqual([
      [0.9, '高于全国'],
      [0.4, '高于全省'],
    ])
    expect(gaps('地表水优良水体比例达到92%，优于国家考核目标19.8个百分点。')).toEqual([[19.8, '优于国家考核目标']])
    expect(gaps('全市生产总值增长5.6%，快于2023年0.9个百分点。')).toEqual([[0.9, '快于2023年']])
    // A change against last year is no gap.
    expect(figures('财政收入增长5%，比上年提高1个百分点。')[1]?.gap).toBeUndefined()
  })
})
