import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: units-in-a-row', () => {
  it('gives two figures of one thing in different units the same label', () => {
    expect(lvu('实现农村贫困人口85户、172人全部脱贫。')).toEqual([
      ['农村贫困人口', 85, '户'],
      ['农村贫困人口', 172, '人'],
    ])
    expect(lvu('完成了主城区6条、9.8公里道路提升改造。')).toEqual([
      ['主城区道路提升改造', 6, '条'],
      ['主城区道路提升改造', 9.8, '公里'],
    ])
  })
  it('adds the measure an item names', () => {
    expect(lvu('完成42条、总长度36.5公里的城市道路新建改造。')).toEqual([
      ['城市道路新建改造', 42, '条'],
      ['城市道路新建改造总长度', 36.5, '公里'],
    ])
  })
  it('reads a length right after a count of lines as their total, but no size of one item', () => {
    expect(lvu('新开工6条320公里城际公路。')).toEqual([
      ['新开工城际公路', 6, '条'],
      ['新开工城际公路', 320, '公里'],
    ])
    expect(lvu('建成4条（段）86公里农村公路。').map(([, v, u]) => [v, u])).toEqual([
      [4, '条（段）'],
      [86, '公里'],
    ])
    expect(lvu('淘汰45台20蒸吨燃煤锅炉。')).toEqual([['淘汰燃煤锅炉', 45, '台']])
  })
})
