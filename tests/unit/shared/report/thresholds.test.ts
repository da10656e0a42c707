import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a number inside the name of what is counted is a threshold, and the count takes the whole name', () => {
  it('a bare magnitude before the noun (超千亿元园区, 亿元以上项目)', () => {
    expect(lvu('营收超千亿元园区达到12家。')).toEqual([['营收超千亿元园区', 12, '家']])
    expect(lvu('亿元以上制造业项目开工数增长9%。')).toEqual([['亿元以上制造业项目开工数', 9, '%']])
    expect(lvu('新增过亿元外资项目60个。')).toEqual([['新增过亿元外资项目', 60, '个']])
  })
})
