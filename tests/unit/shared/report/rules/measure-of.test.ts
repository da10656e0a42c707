import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: measure-of', () => {
  it('reads a measure written before the figure as a measure of the thing after 的', () => {
    expect(lvu('实施总投资8.6亿元的城南污水处理厂项目建设。')).toEqual([['城南污水处理厂项目总投资', 8.6, '亿元']])
    expect(lvu('总投资12亿元的会展中心主体封顶。')).toEqual([['会展中心总投资', 12, '亿元']])
    expect(lvu('建筑面积3.2万平方米的全民健身中心投入使用。')).toEqual([['全民健身中心建筑面积', 3.2, '万平方米']])
    expect(lvu('投资5900万元的河两岸及重点区域亮化工程完工。')).toEqual([['河两岸及重点区域亮化工程投资', 5900, '万元']])
  })
  it('reads a count between 的 and the thing as what the measure sums, not a class', () => {
    expect(lvu('新开工总投资86亿元的24个产业项目。')).toEqual([
      ['产业项目总投资', 86, '亿元'],
      ['产业项目', 24, '个'],
    ])
    expect(lvu('新开工投资超10亿元的6个制造业项目。')).toEqual([['制造业项目', 6, '个']])
  })
  it('leaves the figure to the next one when the thing is that one’s subject', () => {
    expect(lvu('投资2.1亿元的集中供热工程新增供热面积80万平方米。')).toEqual([['集中供热工程新增供热面积', 80, '万平方米']])
  })
})

describe('the next item of a list of measured things (投资X亿元的甲、Y亿元的乙)', () => {
  it('has the measure written once before the first item', () => {
    expect(lvu('签约投资80亿元的甲新材料基地、45亿元的乙智能装备产业园和12亿元的丙冷链物流中心。')).toEqual([
      ['甲新材料基地投资', 80, '亿元'],
      ['乙智能装备产业园投资', 45, '亿元'],
      ['丙冷链物流中心投资', 12, '亿元'],
    ])
    expect(lvu('总投资30亿元的甲项目、18亿元的乙项目开工建设。').map((f) => f[0])).toEqual(['甲项目总投资', '乙项目总投资'])
    expect(lvu('投资30亿元的甲基地、18亿元的乙产业园等重点项目加快建设。').map((f) => f[0])).toEqual(['甲基地投资', '乙产业园投资'])
  })

  it('leaves a list without a measure before its first item as it was', () => {
    expect(lvu('设立50亿元的产业基金、20亿元的人才基金。').map((f) => f[0])).not.toContain('人才基金投资')
  })
})
