import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a standard raised to an amount per month, and one adjusted by a rate', () => {
  it('leaves the verb and 每月 out of the label (提高到每月80元)', () => {
    expect(lvu('城乡居民基础养老金最低标准提高到每月150元。')).toEqual([['城乡居民基础养老金最低标准', 150, '元']])
    expect(lvu('孤儿基本生活费每月1500元。')).toEqual([['孤儿基本生活费', 1500, '元']])
  })
  it('reads 调增 and 调减 as verbs of change, whole', () => {
    expect(lvu('退休人员基本养老金调增3.8%，企业最低工资标准调减0.5%。')).toEqual([
      ['退休人员基本养老金', 3.8, '%'],
      ['企业最低工资标准', -0.5, '%'],
    ])
  })
})
