import { describe, expect, it } from 'vitest'
import { planFigures as plan } from '../figures'

describe('rule: premise', () => {
  it('reads a state the sentence goes on to act on as a fact of the plan year', () => {
    expect(plan('今年高校毕业生达12万人，要促进市场化社会化就业。')).toEqual([['高校毕业生', 12, '2025']])
    expect(plan('全市近30万人领取养老金，必须确保按时足额发放。')).toEqual([['领取养老金人数', 30, '2025']])
  })
  it('keeps an action, or a state with no duty after it, a goal', () => {
    expect(plan('高职院校扩招2万人，要使更多劳动者长技能。')).toEqual([['高职院校扩招', 2, '2025 target']])
    expect(plan('城镇新增就业达到5万人。')).toEqual([['城镇新增就业', 5, '2025 target']])
  })
})
