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
  it('names a figure before X等Y by the class Y, never the example X alone', () => {
    expect(lvu('完成8.5万平方米砖木平房等危旧住房改造。')).toEqual([['危旧住房改造', 8.5, '万平方米']])
    expect(lvu('新增6万平方米红星厂等老旧厂房改造。')).toEqual([['新增老旧厂房改造', 6, '万平方米']])
    expect(lvu('开展60场“某某购物节”等促消费活动。')).toEqual([['促消费活动', 60, '场']])
  })
  it('keeps the class of the figure after an item ending as the class does (both 改造)', () => {
    expect(lvu('完成3万平方米老城区平房改造、7万平方米筒子楼等非成套住房改造。')).toEqual([
      ['老城区平房改造', 3, '万平方米'],
      ['非成套住房改造', 7, '万平方米'],
    ])
  })
  it('leaves a 等 that closes an object of a clause about the things counted (等地, 企业在…等市场挂牌)', () => {
    expect(lvu('派出30名医务人员支援某省等地抗疫。').map((v) => v[0])).toEqual(['医务人员支援某省等地抗疫'])
    expect(lvu('推动20家企业在新三板等资本市场挂牌。').map((v) => v[0])).toEqual(['企业在新三板等资本市场挂牌'])
  })
})
