import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a bare 税收 after a fiscal revenue is its tax part (税收收入)', () => {
  it('with a verb or after 其中', () => {
    expect(lvu('一般公共预算收入增长2.6%，税收完成64亿元。')).toEqual([
      ['一般公共预算收入', 2.6, '%'],
      ['税收收入', 64, '亿元'],
    ])
    expect(lvu('地方财政收入98亿元，其中税收71亿元。')[1]).toEqual(['税收收入', 71, '亿元'])
  })

  it('a bare 税收 with no revenue before it in its sentence stays unread', () => {
    expect(lvu('全年实现税收8亿元。')).toEqual([])
  })
})
