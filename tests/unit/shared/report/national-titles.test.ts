import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a title the country gives keeps 全国 (no place prefix)', () => {
  it('keeps 全国 in titles of towns, villages and sites counted', () => {
    expect(lvu('新增全国文明村镇3个，全国卫生乡镇7个。')).toEqual([
      ['新增全国文明村镇', 3, '个'],
      ['全国卫生乡镇', 7, '个'],
    ])
    expect(lvu('全国重点文物保护单位增至21处。')).toEqual([['全国重点文物保护单位', 21, '处']])
    expect(lvu('入选全国乡村旅游重点村6个、全国民主法治示范村2个。').map(([l]) => l)).toEqual(['全国乡村旅游重点村', '全国民主法治示范村'])
  })
  it('still drops 全国 as the place of a national figure', () => {
    expect(lvu('全国粮食产量1.3万亿斤。')).toEqual([['粮食产量', 1.3, '万亿斤']])
  })
})
