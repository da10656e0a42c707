import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

describe('firsts counted are no rank', () => {
  it('reads no rank where a count stands before the scope', () => {
    expect(figures('自贸港建设创造了多项全国第一。')).toEqual([])
    expect(figures('改革试点取得3个全省第一。')).toEqual([])
  })
  it('still reads a rank held so many times in a row, and a plain rank', () => {
    expect(figures('营商环境评价连续3次全省第一。').map((m) => [m.value, m.kind])).toEqual([[1, 'rank']])
    expect(figures('粮食产量居全省第一。').map((m) => [m.label, m.value])).toEqual([['粮食产量', 1]])
  })
})

describe('a figure of the thing without a part of it', () => {
  it('is left for a person to name (剔除…后, 扣除…因素后), unlike a growth net of prices', () => {
    const [all, without] = figures('全省地区生产总值增长5.8%，剔除房地产业后增长7.6%。')
    expect([all && needsCheck(all), without && needsCheck(without)]).toEqual([false, true])
    const [net] = figures('一般公共预算收入扣除减税因素后增长8%。')
    expect(net && needsCheck(net)).toBe(true)
    const [real] = figures('城镇居民人均可支配收入扣除价格因素实际增长6%。')
    expect(real?.label).toBe('城镇居民人均可支配收入')
    expect(real && needsCheck(real)).toBe(false)
  })
})
