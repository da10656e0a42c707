import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: people-doing', () => {
  it('names people or households by what they do', () => {
    expect(lvu('全市近80万人领取养老金。')).toEqual([['领取养老金人数', 80, '万人']])
    expect(lvu('帮助120户356人实现稳定脱贫。')).toEqual([
      ['稳定脱贫户数', 120, '户'],
      ['稳定脱贫人数', 356, '人'],
    ])
  })
  it('reads people after a bare number, and a list of them sharing the predicate', () => {
    expect(lvu('3700多万学生受益。')).toEqual([['受益学生', 3700, '万']])
    expect(lvu('86万农民工返岗就业。')).toEqual([['返岗就业农民工', 86, '万']])
    expect(lvu('工程投用，使2.58万户、近8万市民直接受益。')).toEqual([
      ['直接受益户数', 2.58, '万户'],
      ['直接受益市民', 8, '万'],
    ])
  })
  it('counts the things named right after households, before what became of them or as the works on them', () => {
    expect(lvu('全年超6万户个体工商户受益。')).toEqual([['个体工商户', 6, '万户']])
    expect(lvu('完成1.2万户农村危房改造，完成3万户农村改厕任务。')).toEqual([
      ['农村危房改造', 1.2, '万户'],
      ['农村改厕', 3, '万户'],
    ])
    expect(lvu('2万户居民住进新房。')).toEqual([['居民住进新房户数', 2, '万户']])
  })
})
