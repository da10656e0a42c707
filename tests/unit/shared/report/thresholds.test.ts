import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a number inside the name of what is counted is a threshold, and the count takes the whole name', () => {
  it('a bare magnitude before the noun (超千亿元园区, 亿元以上项目)', () => {
    expect(lvu('营收超千亿元园区达到12家。')).toEqual([['营收超千亿元园区', 12, '家']])
    expect(lvu('亿元以上制造业项目开工数增长9%。')).toEqual([['亿元以上制造业项目开工数', 9, '%']])
    expect(lvu('新增过亿元外资项目60个。')).toEqual([['新增过亿元外资项目', 60, '个']])
  })

  it('a bound with 以下 running into a noun names a class of things, no figure (20蒸吨以下燃煤锅炉)', () => {
    expect(lvu('全面淘汰建成区15蒸吨以下燃煤锅炉。')).toEqual([])
    expect(lvu('提前消除人均纯收入8000元以下脱贫人口。')).toEqual([])
    expect(lvu('关停并转800立方米及以下高炉6座。')).toEqual([['关停并转800立方米及以下高炉', 6, '座']])
    // …but a bound of the figure itself stays, before a joiner, 的 or the end of the clause.
    expect(lvu('化学需氧量排放总量下降到9万吨以下和12万吨以下。').map(([, v]) => v)).toEqual([9, 12])
    expect(lvu('人口自然增长率控制在6‰以下。')).toEqual([['人口自然增长率', 6, '‰']])
  })

  it('with a unit sizing one thing (蒸吨, 立方米), 以上 running into a noun names a class too', () => {
    expect(lvu('今年推进35蒸吨以上燃煤锅炉超低排放改造。')).toEqual([])
    expect(lvu('完成1200立方米及以上高炉节能改造。')).toEqual([])
    // (After a count the bound goes with the count's noun; a count or money with 以上 before a noun is a figure.)
    expect(lvu('完成56台20蒸吨以上燃煤锅炉改造。').map(([, v, u]) => [v, u])).toEqual([[56, '台']])
    expect(lvu('实施60个以上重点产业项目。')).toEqual([['重点产业项目', 60, '个']])
  })

  it('a threshold opening the next item of a list is no second value of the item before', () => {
    expect(lvu('实施亿元以上项目180个、5亿元以上项目26个。')).toEqual([
      ['亿元以上项目', 180, '个'],
      ['5亿元以上项目', 26, '个'],
    ])
    // Two units of one thing still pair.
    expect(lvu('建成安置房900套、7.5万平方米。').map((f) => f[1])).toEqual([900, 7.5])
  })
})

describe('an amount after 超/过 right before a noun is a threshold too', () => {
  it('alone, and in a list of thresholds of one name whose head and tail each item takes', () => {
    expect(lvu('全市年产值超10亿元企业达到20家。')).toEqual([['年产值超10亿元企业', 20, '家']])
    expect(lvu('新增产值超20亿元、超50亿元产业集群5个和3个。')).toEqual([
      ['新增产值超20亿元产业集群', 5, '个'],
      ['新增产值超50亿元产业集群', 3, '个'],
    ])
    // Thresholds written in words (过亿元, 过十亿元) are such a list too, and 分别 with its verb pairs the counts.
    expect(lvu('销售额过亿元、过十亿元商贸企业分别新增35家、4家。')).toEqual([
      ['销售额过亿元商贸企业新增', 35, '家'],
      ['销售额过十亿元商贸企业新增', 4, '家'],
    ])
    // Before a comma it is the figure itself.
    expect(lvu('营业收入超50亿元，增长6%。')).toEqual([
      ['营业收入', 50, '亿元'],
      ['营业收入', 6, '%'],
    ])
  })
})
