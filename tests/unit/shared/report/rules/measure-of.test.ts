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
