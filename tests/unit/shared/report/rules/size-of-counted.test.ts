import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: size-of-counted', () => {
  it('keeps the size that names the class of works counted', () => {
    expect(lvu('2个200万吨炼焦项目投产，4个150万吨以上炼焦项目加快建设。')).toEqual([
      ['200万吨炼焦项目', 2, '个'],
      ['150万吨以上炼焦项目', 4, '个'],
    ])
    expect(lvu('全年淘汰860台15蒸吨以下燃煤锅炉。')).toEqual([['淘汰15蒸吨以下燃煤锅炉', 860, '台']])
    expect(lvu('新建2台35万千瓦热电机组。')).toEqual([['新建35万千瓦热电机组', 2, '台']])
    expect(lvu('引进12个20亿元以上制造业项目。')).toEqual([['20亿元以上制造业项目', 12, '个']])
  })
  it('gives two counts of one sentence the classes that tell them apart', () => {
    const labels = lvu('1个120万吨焦化项目建成投产，1个60万吨焦化项目开工建设。').map(([l]) => l)
    expect(new Set(labels).size).toBe(2)
  })
  it('leaves a size that may be the total of the things counted out of their name', () => {
    expect(lvu('完成612台2980蒸吨燃煤锅炉改造。')).toEqual([['燃煤锅炉改造', 612, '台']])
    expect(lvu('建成7800套56万平方米公共租赁住房。').map(([l]) => l)).not.toContain('56万平方米公共租赁住房')
  })
  it('leaves an age before the people counted to the rules of people', () => {
    expect(lvu('为3.2万名70岁以上老年人发放高龄津贴。').map(([l]) => l).join()).not.toContain('70岁')
  })
})

describe('a rating before the works counted (220千伏变电站)', () => {
  it('reads the rated works as the noun counted, not the verb or a place before them', () => {
    expect(lvu('新建扩建5座220千伏变电站。')).toEqual([['新建扩建220千伏变电站', 5, '座']])
    expect(lvu('东城、西城3个110千伏变电站建成投运。')).toEqual([['西城110千伏变电站', 3, '个']])
    expect(lvu('开工建设12个35千伏及以上输变电工程。')).toEqual([['开工建设35千伏及以上输变电工程', 12, '个']])
  })
  it('reads two ratings joined by 和 as one class of works', () => {
    expect(lvu('新建9个500千伏和220千伏电网工程。')).toEqual([['新建500千伏和220千伏电网工程', 9, '个']])
  })
  it('counts rated works after other works joined by 和', () => {
    expect(lvu('某某1000千伏特高压通道和4个330千伏变电站建成投运。')).toEqual([['330千伏变电站', 4, '个']])
  })
  it('keeps the amount of a work whose name holds a rating', () => {
    expect(lvu('投资3.5亿元的城南500千伏扩建等9个项目开工。').map(([, v, u]) => `${v}${u}`)).toContain('3.5亿元')
  })
})
