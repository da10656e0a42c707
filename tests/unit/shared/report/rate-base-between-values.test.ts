import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a pair whose second value repeats the base it is per (月人均X元、年人均Y元)', () => {
  it('pairs the two values with the two owners in order, one figure each', () => {
    expect(lvu('城乡低保标准分别提高到月人均610元、年人均4500元。')).toEqual([
      ['城镇低保标准', 610, '元'],
      ['农村低保标准', 4500, '元'],
    ])
  })

  it('reads 和 and the other bases the same way', () => {
    expect(lvu('城乡居民最低生活保障标准分别达到每人每月700元和每人每年5200元。')).toEqual([
      ['城镇居民最低生活保障标准', 700, '元'],
      ['农村居民最低生活保障标准', 5200, '元'],
    ])
  })

  it('keeps a value after another noun a figure of its own', () => {
    expect(lvu('城市低保标准提高到月人均610元，特困人员供养标准每人每年9000元。')).toEqual([
      ['城市低保标准', 610, '元'],
      ['特困人员供养标准', 9000, '元'],
    ])
  })
})
