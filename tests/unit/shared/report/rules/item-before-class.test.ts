import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: item-before-class', () => {
  it('ends the last count of a series before the 等 of the class the series makes', () => {
    expect(lvu('建成120个停车场、35处口袋公园、2.1万户燃气管网改造等民生实事全面完成。')).toEqual([
      ['停车场', 120, '个'],
      ['口袋公园', 35, '处'],
      ['燃气管网改造', 2.1, '万户'],
    ])
  })
  it('keeps a 等 inside a word of the last item (中等职业学校, 二级甲等)', () => {
    expect(lvu('建成4所幼儿园、2所省级中等职业学校。').map((v) => v[0])).toEqual(['幼儿园', '省级中等职业学校'])
    expect(lvu('建设3所乡镇卫生院、2所二级甲等中医院。').map((v) => v[0])).toEqual(['乡镇卫生院', '二级甲等中医院'])
  })
  it('keeps a 等 that is not right after the thing counted (the investment of the projects, the firms before a count)', () => {
    expect(lvu('总投资5亿元的甲项目、总投资12亿元的乙材料等项目开工。').map((v) => v[0])).toEqual(['甲项目总投资', '乙材料等项目总投资'])
  })
})
