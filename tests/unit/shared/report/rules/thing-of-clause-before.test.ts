import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const vague = (body: string) => figures(body).map((m) => [m.label, m.confidence.reasons.includes('label-vague')])

describe('rule: thing-of-clause-before', () => {
  it('names a completion rate after the figure of the clause before', () => {
    expect(lvu('城镇新增就业5.2万人，目标任务完成率108%。')).toEqual([
      ['城镇新增就业', 5.2, '万人'],
      ['城镇新增就业目标任务完成率', 108, '%'],
    ])
  })
  it('names those settled in the place the clause before counts or opens with', () => {
    expect(lvu('建成8个物流园区，入驻企业达160家。')).toEqual([
      ['物流园区', 8, '个'],
      ['物流园区入驻企业', 160, '家'],
    ])
    expect(lvu('高新区创新平台加快集聚，入驻企业突破300家。')).toEqual([['高新区入驻企业', 300, '家']])
  })
  it('flags the measure when the clause before names no thing it could be of', () => {
    expect(vague('政府债务持续下降，年度化解完成率104%。')).toEqual([['年度化解完成率', true]])
    expect(vague('新增市场主体5000户，入驻企业达300家。')).toEqual([
      ['新增市场主体', false],
      ['入驻企业', true],
    ])
    expect(vague('年度任务完成率98%。')).toEqual([['年度任务完成率', true]])
    // An area is no place counted; a clause opening with a deed names no place of its own.
    expect(vague('园区建成区93平方公里，入驻企业1036户。').map((v) => v[1])).toEqual([false, true])
    expect(vague('推进软件产业园和数据交易中心建设，入驻企业10家。')).toEqual([['入驻企业', true]])
  })
  it('leaves a completion rate that names its thing', () => {
    expect(vague('重点项目投资完成率110%。')).toEqual([['重点项目投资完成率', false]])
  })
})
