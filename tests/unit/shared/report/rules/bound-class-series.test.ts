import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: bound-class-series', () => {
  it('gives a class of things by size in a series what the first class names before its bound', () => {
    expect(lvu('引进投资超5亿元项目40个、超20亿元项目6个。')).toEqual([
      ['投资超5亿元项目', 40, '个'],
      ['投资超20亿元项目', 6, '个'],
    ])
    expect(lvu('新增营收超10亿元企业12家、超50亿元企业3家。')).toEqual([
      ['新增营收超10亿元企业', 12, '家'],
      ['新增营收超50亿元企业', 3, '家'],
    ])
  })
  it('reads full-width digits as digits', () => {
    expect(lvu('引进投资超５亿元项目４０个、超２０亿元项目６个。').map(([l]) => l)).toEqual(['投资超５亿元项目', '投资超２０亿元项目'])
  })
  it('leaves a class of other things, and one not in a series', () => {
    expect(lvu('引进投资超5亿元项目40个、超20亿元企业6家。')[1]?.[0]).toBe('超20亿元企业')
    expect(lvu('引进投资超5亿元项目40个。超20亿元项目6个。')[1]?.[0]).toBe('超20亿元项目')
  })
})
