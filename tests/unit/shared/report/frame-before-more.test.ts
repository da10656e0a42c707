import { describe, expect, it } from 'vitest'
import { planFigures } from './figures'

describe('在…的基础上 frames what was done before: its end is no part of the label', () => {
  it('drops 的基础上 and 基础上 after the things counted', () => {
    expect(planFigures('在实施28项民生工程基础上，增加3项。')).toEqual([
      ['民生工程', 28, '2025 target'],
      ['民生工程', 3, '2025 target'],
    ])
    expect(planFigures('在抓好56个棚改项目的基础上，稳步推进城市更新。')).toEqual([['棚改项目', 56, '2025 target']])
  })
  it('drops it after a work with its task', () => {
    expect(planFigures('在完成18万亩高标准农田建设任务基础上，巩固提升农田质量。')).toEqual([['高标准农田', 18, '2025 target']])
  })
})
