import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** Adverbs of manner before the verb that takes a count (words/labels.ts VERB_ADVERBS, rules/clause.ts). */
describe('adverbs of manner before a verb and its counted object', () => {
  it('reads 仍, 仍然, 无差别 and a restating 即 out of the label', () => {
    expect(lvu('一般公共预算收入仍达到86.4亿元。')).toEqual([['一般公共预算收入', 86.4, '亿元']])
    expect(lvu('粮食总产量在严重干旱的情况下，仍然达到52.3亿斤。')).toEqual([['粮食总产量', 52.3, '亿斤']])
    expect(lvu('项目审批时限无差别压减至45个工作日。')).toEqual([['项目审批时限', 45, '个工作日']])
    expect(lvu('即地区生产总值突破3000亿元。')).toEqual([['地区生产总值', 3000, '亿元']])
    // (即 opening a name stays: 即办件, 即来即办.)
    expect(lvu('即办件占比达72.5%。')).toEqual([['即办件占比', 72.5, '%']])
  })
  it('reads a 人均 before the verb out of the label: the unit says the figure is per head', () => {
    expect(lvu('城乡居民基础养老金人均达到每月210元。')[0]?.[0]).toBe('城乡居民基础养老金')
  })
  it('reads 及时 and 足额, alone or in a row, out of the label', () => {
    expect(figures('及时出台26项助企纾困措施，及时足额发放低保金3.2亿元。').map((m) => m.label)).toEqual(['助企纾困措施', '低保金'])
  })
})
