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
  it('reads a bare amount after whole names as their sum, a bound crossed as each one\'s', () => {
    expect(lvu('争取专项债券资金、超长期特别国债资金9.6亿元。')).toEqual([['专项债券资金、超长期特别国债资金', 9.6, '亿元']])
    expect(lvu('规模以上工业总产值、金融机构存款余额突破3000亿元。')).toEqual([
      ['规模以上工业总产值', 3000, '亿元'],
      ['金融机构存款余额', 3000, '亿元'],
    ])
  })
  it('still gives a head written once to every item', () => {
    expect(lvu('万元GDP能耗、水耗分别下降3%、5%。')).toEqual([
      ['万元GDP能耗', -3, '%'],
      ['万元GDP水耗', -5, '%'],
    ])
  })
})
