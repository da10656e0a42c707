import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: list-pairing over items with bases of their own', () => {
  it('keeps each item whole when each names its base and the same measure', () => {
    expect(lvu('万元GDP能耗、万元工业增加值能耗分别下降4.2%和6.1%。')).toEqual([
      ['万元GDP能耗', -4.2, '%'],
      ['万元工业增加值能耗', -6.1, '%'],
    ])
    expect(lvu('单位产值用水量、单位工业增加值用水量分别下降9%、12%。')).toEqual([
      ['单位产值用水量', -9, '%'],
      ['单位工业增加值用水量', -12, '%'],
    ])
  })
  it('still gives a head written once to every item', () => {
    expect(lvu('万元GDP能耗、水耗分别下降3%、5%。')).toEqual([
      ['万元GDP能耗', -3, '%'],
      ['万元GDP水耗', -5, '%'],
    ])
  })
})
