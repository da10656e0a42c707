import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** rules/second-count-of-deed.ts and the counts of one deed in a row (rules/attributive.ts). */
describe('rule: second-count-of-deed', () => {
  it('keeps a count of things before a bare count of another unit: two counts of one deed', () => {
    expect(lvu('老旧厂区腾退搬迁9个片区、640户。')).toEqual([
      ['老旧厂区腾退搬迁片区', 9, '个'],
      ['老旧厂区腾退搬迁', 640, '户'],
    ])
  })
  it('does not carry a label from another clause to the second count', () => {
    expect(lvu('征收补偿完成率98%，回迁安置房交付7个小区、1560户，全年信访总量下降12%。').map(([l]) => l)).toEqual([
      '征收补偿完成率', '回迁安置房交付小区', '回迁安置房交付', '信访总量',
    ])
  })
  it('flags the second count when the deed left is only a verb', () => {
    expect(figures('改造8个老旧小区、1200户。').map((m) => [m.label, m.confidence.level])).toEqual([
      ['改造老旧小区', 'high'],
      ['改造老旧小区', 'low'],
    ])
  })
})
