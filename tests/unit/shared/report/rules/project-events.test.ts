import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: project-events', () => {
  it('gives what happened the thing the sentence counts', () => {
    expect(lvu('引进亿元以上项目60个，落地开工35个。')).toEqual([
      ['亿元以上项目', 60, '个'],
      ['亿元以上项目落地开工', 35, '个'],
    ])
    expect(lvu('重点项目新开工43个，竣工38个。')[1]).toEqual(['重点项目竣工', 38, '个'])
    expect(lvu('市级行政审批事项取消31项、下放46项。')[1]).toEqual(['市级行政审批事项下放', 46, '项'])
  })
  it('keeps 基本建成 whole, a stage of the works of its own', () => {
    expect(lvu('公租房开工2100套、基本建成1800套。')[1]).toEqual(['公租房基本建成', 1800, '套'])
    expect(lvu('基本建成安置房4200套。')[0]?.[0]).toBe('安置房')
  })
  it('flags it when the sentence counts nothing', () => {
    expect(figures('全年竣工38个。')[0]?.confidence.reasons).toContain('label-vague')
  })
})
