import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const labels = (...body: string[]) => figures(...body).map((m) => m.label)

/**
 * Times between a subject and its verb: when (去年, 今年: rules/clause.ts) and over how long (5年, 十年, 近三年, 连年:
 * rules/label-times.ts) are the period's business, not the label's.
 */
describe('a time or a span before the verb', () => {
  it('reads 去年 and 今年 before the verb out of the label', () => {
    expect(labels('粮食直补资金去年达到12.6亿元，企业退休人员基本养老金今年再提高5%。')).toEqual(['粮食直补资金', '企业退休人员基本养老金'])
  })

  it('reads a span in digits or words (5年, 十年, 近三年, 连年) out of the label', () => {
    expect(figures('全市存款余额5年增长62.3%，一般公共预算收入十年接近翻一番，快递业务量近三年平均增长38%，粮食产量连年稳定在60万吨以上。').map((m) => [m.label, m.value])).toEqual([
      ['存款余额', 62.3],
      ['一般公共预算收入', 2],
      ['快递业务量', 38],
      ['粮食产量', 60],
    ])
  })

  it('keeps a span that is what is done (再延长三十年), and reads a run of years (连续3年) and a base year (比2015年) as before', () => {
    expect(labels('开展土地承包到期后再延长三十年试点4个。出口额连续3年居全省第1位。城乡居民收入比2015年翻一番。')).toEqual([
      '土地承包到期后再延长三十年试点',
      '出口额',
      '城乡居民收入',
    ])
  })

  it('reads a comparison with the half-year or the five years before (比上半年, 比上一个五年) out of the label', () => {
    expect(figures('下半年细颗粒物平均浓度比上半年下降12.5%，重大刑事案件发案数比上一个五年下降31%。').map((m) => [m.label, m.value])).toEqual([
      ['细颗粒物平均浓度', -12.5],
      ['重大刑事案件发案数', -31],
    ])
  })

  it('carries the subject over a clause that only says how long, and keeps the clause after it to be checked too', () => {
    const view = figures('全市生产总值增加到3200亿元，十年增加近1900亿元、年均增长8.1%。工业增加值增长6.2%。').map((m) => [m.label, m.value, m.confidence.level])
    expect(view).toEqual([
      ['生产总值', 3200, 'high'],
      ['生产总值', 1900, 'low'],
      ['生产总值', 8.1, 'low'],
      ['工业增加值', 6.2, 'high'],
    ])
  })
})

/** Per head or on average before the verb (rules/clause.ts, rules/growth-words.ts): how the change counts. */
describe('per head or on average before the verb', () => {
  it('reads 人均 and 平均 before a change (人均增长, 平均降幅, 平均增速) out of the label', () => {
    expect(figures('退休人员基本养老金人均增长5%，集中采购药品价格平均降幅52%，小微企业贷款余额平均增速达到18.4%。').map((m) => [m.label, m.value])).toEqual([
      ['退休人员基本养老金', 5],
      ['集中采购药品价格', -52],
      ['小微企业贷款余额', 18.4],
    ])
  })

  it('keeps a rate base after 从 or a month (从月人均, 月人均增加) as before, and 人均 inside a name', () => {
    expect(figures('城镇低保标准从月人均690元提高到720元，城乡居民人均可支配收入增长6%。').map((m) => m.label)).toEqual([
      '城镇低保标准',
      '城镇低保标准',
      '城乡居民人均可支配收入',
    ])
  })
})
