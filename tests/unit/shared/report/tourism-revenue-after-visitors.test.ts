import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a bare 收入 after a count of visitors is tourism revenue', () => {
  it('with its own verb (实现收入), and the growths after pair with both', () => {
    expect(lvu('全市接待游客4600万人次、实现收入520亿元，增长11.2%和13.5%。')).toEqual([
      ['接待游客', 4600, '万人次'],
      ['旅游收入', 520, '亿元'],
      ['接待游客', 11.2, '%'],
      ['旅游收入', 13.5, '%'],
    ])
  })

  it('a bare 收入 in a sentence of no visitors stays unread', () => {
    expect(lvu('全年实现收入52亿元。')).toEqual([])
  })
})

describe('跃升到/跃升至 reach a level', () => {
  it('the level keeps the subject of the sentence', () => {
    expect(lvu('全市生产总值从2020年的6500亿元跃升至8200亿元。')).toEqual([
      ['生产总值', 6500, '亿元'],
      ['生产总值', 8200, '亿元'],
    ])
  })
})
