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
    // A bound a goal sets makes a bare figure of now the year's task, duty or not.
    expect(plan('今年退耕还林还草150万亩以上，务必抓好。')).toEqual([['退耕还林还草', 150, '2025 target']])
  })
  it('reads a bare figure of now, a level reached already and a stock acted on as facts', () => {
    expect(plan('今年高校毕业生15万人，再创历史新高，要实施好就业促进计划。')).toEqual([['高校毕业生', 15, '2025']])
    expect(plan('全市60岁以上人口已达80万。要大力发展养老服务业。')).toEqual([['60岁以上人口', 80, '2024']])
    expect(plan('12个省级开发区、5个高新区，都要对标先进水平。')).toEqual([
      ['省级开发区', 12, '2025'],
      ['高新区', 5, '2025'],
    ])
  })
  it('keeps a bare figure that opens on no time, and things a verb counts, goals', () => {
    expect(plan('城镇新增就业5万人，要促进就业。')).toEqual([['城镇新增就业', 5, '2025 target']])
    expect(plan('新建5个产业园、3个孵化器，要加快建设。')).toEqual([
      ['新建产业园', 5, '2025 target'],
      ['新建孵化器', 3, '2025 target'],
    ])
  })
})
