import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: pair-partner', () => {
  it('gives the partner of a pair word the head its partner had in the clause before', () => {
    expect(lvu('全市农商银行人民币存款余额812.5亿元、增长9.1%，贷款余额640.2亿元、增长11.3%。')).toEqual([
      ['农商银行人民币存款余额', 812.5, '亿元'],
      ['农商银行人民币存款余额', 9.1, '%'],
      ['农商银行人民币贷款余额', 640.2, '亿元'],
      ['农商银行人民币贷款余额', 11.3, '%'],
    ])
    expect(lvu('口岸货物出口总值52亿元，进口总值31亿元。')).toEqual([
      ['口岸货物出口总值', 52, '亿元'],
      ['口岸货物进口总值', 31, '亿元'],
    ])
  })
  it('leaves a subject alone when no figure before named its partner, or named something else', () => {
    expect(lvu('贷款余额640.2亿元。')).toEqual([['贷款余额', 640.2, '亿元']])
    expect(lvu('全市存款利率下调0.2个百分点，贷款余额640.2亿元。')).toEqual([
      ['存款利率', -0.2, '个百分点'],
      ['贷款余额', 640.2, '亿元'],
    ])
  })
})
