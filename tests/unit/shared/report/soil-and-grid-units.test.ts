import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('units of soil, land worked and the grid', () => {
  it('reads depths in 厘米 and contents in 克/千克', () => {
    expect(lvu('耕地耕层厚度达到31.5厘米。')).toEqual([['耕地耕层厚度', 31.5, '厘米']])
    expect(lvu('土壤有机质平均含量提高到24.6克/千克。')).toEqual([['土壤有机质平均含量', 24.6, '克/千克']])
  })
  it('counts land worked once per season in 亩次, not 亩 with 次 glued to the label', () => {
    expect(lvu('全年实施秸秆还田2860万亩次。')).toEqual([['秸秆还田', 2860, '万亩次']])
  })
  it('reads transformer capacity in 千伏安, and leaves a line’s voltage in a name alone', () => {
    expect(lvu('新增变电容量86万千伏安。')).toEqual([['新增变电容量', 86, '万千伏安']])
    expect(lvu('建成220千伏变电站4座。').map(([, v, u]) => `${v}${u}`)).toEqual(['4座'])
  })
})
