import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('words around an indicator that are no part of its name', () => {
  it('a coverb before the name (以, 使, 把): 以规上工业增加值突破…为标志', () => {
    expect(lvu('以规上工业增加值突破千亿、税收增长一倍为标志，工业迈上新台阶。')[0]).toEqual(['规上工业增加值', 1000, '亿'])
    expect(lvu('使城镇化率达到62%。')).toEqual([['城镇化率', 62, '%']])
    expect(lvu('以前三季度为基础，项目增加5个。').map(([l]) => l)).not.toContain('前三季度')
  })

  it('成为 is a rank verb: 茶叶产量成为全省第一', () => {
    expect(lvu('茶叶产量成为全省第一。')).toEqual([['茶叶产量', 1, '位']])
    // 成为全国第5个…城市: an ordinal of a title, no rank.
    expect(lvu('成为全国第5个获此称号的城市。')).toEqual([])
    // A rank before a noun names what something becomes: no rank.
    expect(lvu('把古镇打造成为全国规模第一的民俗旅游区。')).toEqual([])
  })

  it('a bare magnitude of an indicator counted in money is an amount: 人均地区生产总值破12万', () => {
    expect(figures('人均地区生产总值破12万。')[0]).toMatchObject({ value: 12, unit: '万', kind: 'amount' })
    expect(figures('常住人口突破300万。')[0]).toMatchObject({ value: 300, unit: '万', kind: 'count' })
  })
})
