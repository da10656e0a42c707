import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: people-doing', () => {
  it('names people or households by what they do', () => {
    expect(lvu('全市近80万人领取养老金。')).toEqual([['领取养老金人数', 80, '万人']])
    expect(lvu('帮助120户356人实现稳定脱贫。')).toEqual([
      ['稳定脱贫户数', 120, '户'],
      ['稳定脱贫人数', 356, '人'],
    ])
  })
})
