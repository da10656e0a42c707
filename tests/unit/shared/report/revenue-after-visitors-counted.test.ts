import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

/** A bare 收入 or 总收入 after a count of visitors written in other words (rules/bare-measure.ts, rules/reception-revenue.ts). */
describe('revenue after a count of visitors, however the count is worded', () => {
  it('reads 收入 after 旅游接待人数 as tourism revenue, and pairs the growths after with both', () => {
    expect(lvu('全年旅游接待人数1860万人次、收入215.4亿元，分别增长9.6%、12.3%。')).toEqual([
      ['旅游接待人数', 1860, '万人次'],
      ['旅游收入', 215.4, '亿元'],
      ['旅游接待人数', 9.6, '%'],
      ['旅游收入', 12.3, '%'],
    ])
  })

  it('reads 总收入 after 接待国内外游客 as 旅游总收入', () => {
    expect(lvu('全年接待国内外游客3120万人次，总收入408亿元。')).toEqual([
      ['接待国内外游客', 3120, '万人次'],
      ['旅游总收入', 408, '亿元'],
    ])
  })

  it('keeps the kind of tourism counted (医疗旅游, 乡村旅游) in the revenue’s name', () => {
    expect(lvu('医疗旅游人次12.4万、收入9.8亿元，乡村旅游接待游客650万人次、实现收入31亿元。').map((f) => f[0])).toEqual([
      '医疗旅游人次',
      '医疗旅游收入',
      '乡村旅游接待游客',
      '乡村旅游收入',
    ])
    // A word of receiving or a time before 旅游 is no kind of tourism.
    expect(lvu('全年接待旅游总人数96万人次、实现收入7.2亿元。').map((f) => f[0])).toEqual(['接待旅游总人数', '旅游收入'])
  })
})
