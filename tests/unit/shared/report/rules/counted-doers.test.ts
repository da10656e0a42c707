import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: counted-doers', () => {
  it('reads a count of things that then did something as the subject of what they did', () => {
    expect(lvu('45个市级重点项目实现产值380亿元。')).toEqual([
      ['市级重点项目', 45, '个'],
      ['市级重点项目产值', 380, '亿元'],
    ])
  })
  it('leaves a count that only describes the noun before another figure to be dropped', () => {
    expect(lvu('建成3个园区标准厂房12万平方米。')).toEqual([['园区标准厂房', 12, '万平方米']])
  })
})
