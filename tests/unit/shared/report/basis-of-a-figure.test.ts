import { describe, expect, it } from 'vitest'
import { lvu as labels } from './figures'

describe('the basis a figure is counted on is a note, not part of its label', () => {
  it('gives a growth after 按自然口径计算 or 按可比口径计算 to the subject of the clause before', () => {
    expect(labels('全县一般公共预算收入8.6亿元，按自然口径计算增长3.4%。')).toEqual([
      ['一般公共预算收入', 8.6, '亿元'],
      ['一般公共预算收入', 3.4, '%'],
    ])
    expect(labels('税收收入12亿元，按可比口径测算增长6%。')[1]).toEqual(['税收收入', 6, '%'])
  })
  it('drops a basis between the subject and its verb', () => {
    expect(labels('地区生产总值按可比口径计算年均增长6.1%。')).toEqual([['地区生产总值', 6.1, '%']])
    expect(labels('财政总收入按自然口径增长4%左右。')).toEqual([['财政总收入', 4, '%']])
  })
  it('gives a growth after an excluded factor (剔除…不可比因素) to the subject before', () => {
    expect(labels('一般公共预算收入30.5亿元，剔除留抵退税等不可比因素增长8.8%。')[1]).toEqual(['一般公共预算收入', 8.8, '%'])
  })
  it('keeps 全口径, which says what is counted', () => {
    expect(labels('全口径外贸进出口总额增长5%。')[0]?.[0]).toBe('全口径外贸进出口总额')
  })
})
