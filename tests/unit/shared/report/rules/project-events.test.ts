import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: project-events', () => {
  it('gives what happened the thing the sentence counts', () => {
    expect(lvu('引进亿元以上项目60个，落地开工35个。')).toEqual([
      ['亿元以上项目', 60, '个'],
      ['亿元以上项目落地开工', 35, '个'],
    ])
    expect(lvu('重点项目新开工43个，竣工38个。')[1]).toEqual(['重点项目竣工', 38, '个'])
  })
  it('flags it when the sentence counts nothing', () => {
    expect(figures('全年竣工38个。')[0]?.confidence.reasons).toContain('label-vague')
  })
})
