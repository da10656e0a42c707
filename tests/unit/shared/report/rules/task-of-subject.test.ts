import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: task-of-subject', () => {
  it('gives a completed task the subject of the sentence, and who set it', () => {
    expect(lvu('城镇新增就业超14万人、超额完成省下达的11万人年度任务。')[1]).toEqual(['省下达的城镇新增就业年度任务', 11, '万人'])
  })
  it('leaves a task named in full', () => {
    expect(lvu('完成12.5亿元的年度投资任务。')).toEqual([['年度投资任务', 12.5, '亿元']])
  })
})
