import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: reference-group', () => {
  it('reads the rank after a group it is counted in, and not the size of the group', () => {
    expect(lvu('城市信用指数位列全国52个重点城市首位。')).toEqual([['城市信用指数', 1, '位']])
    expect(lvu('创新能力位列全国21个示范区第3。')).toEqual([['创新能力', 3, '位']])
  })
  it('reads the subject before 在 when the rank verb follows the group', () => {
    expect(lvu('营商环境在15个副省级城市中排名第四。')).toEqual([['营商环境', 4, '位']])
    expect(lvu('空气质量在全国74个城市排名第九。')).toEqual([['空气质量', 9, '位']])
  })
  it('leaves a count that no rank follows', () => {
    expect(lvu('在28个重点乡镇开展集中整治试点。')).toEqual([['重点乡镇', 28, '个']])
  })
  it('reads no size of a group the place is one of, follows or moves up in', () => {
    expect(lvu('入选全国15个数字乡村试点地区之一。')).toEqual([])
    expect(lvu('成为全省3个城市之后又一个获评的城市。')).toEqual([])
    expect(lvu('力争在20个资源型城市中位次前移。')).toEqual([])
    expect(lvu('跻身全国首批10个试点城市行列。')).toEqual([])
  })
})
