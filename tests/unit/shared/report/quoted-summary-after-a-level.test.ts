import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a quoted name counting its own items right after a level sums the figures up; it is no noun of the level', () => {
  it('…人均地区生产总值超过12万“两大跨越”为标志', () => {
    expect(lvu('以经济总量突破3千亿、人均地区生产总值超过12万“两大跨越”为标志，发展迈上新台阶。')).toEqual([
      ['经济总量', 3000, '亿'],
      ['人均地区生产总值', 12, '万'],
    ])
  })

  it('a quoted name before a noun still names what the figure counts or costs', () => {
    expect(lvu('建成8个“四好农村路”示范县。').map(([, v]) => v)).toEqual([8])
    expect(lvu('下达资金15亿元“两个一批”工程。')).not.toContainEqual(['资金', 15, '亿元'])
  })
})
