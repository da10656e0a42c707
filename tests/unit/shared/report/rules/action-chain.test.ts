import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: action-chain', () => {
  it('keeps a chain of actions whole before what it counts', () => {
    expect(lvu('全年新建、改造农村公路桥梁26座。')).toEqual([['新建、改造农村公路桥梁', 26, '座']])
    expect(lvu('续建、新开工45个城市更新项目。')).toEqual([['续建、新开工城市更新项目', 45, '个']])
    expect(figures('新建、提升城市口袋公园18个。')[0]?.quote).toBe('新建、提升城市口袋公园18个')
    // The subject read back over the 、 already holds the chain: it is written once.
    expect(lvu('整治村容村貌，新建、改建村组道路860公里。')).toEqual([['新建、改建村组道路', 860, '公里']])
    // Three actions or more: every one opens the label, once.
    expect(lvu('落实河长制，新建、续建、扩建垃圾处理场12座。')).toEqual([['新建、续建、扩建垃圾处理场', 12, '座']])
    expect(lvu('全年新建、改建、扩建垃圾处理场12座。')).toEqual([['新建、改建、扩建垃圾处理场', 12, '座']])
    expect(figures('全年新建、改建、扩建垃圾处理场12座。')[0]?.quote).toBe('新建、改建、扩建垃圾处理场12座')
  })
  it('drops the whole chain before a measure of the things it describes', () => {
    expect(lvu('新建、续建产业项目完成投资52亿元。')).toEqual([['产业项目投资', 52, '亿元']])
  })
  it('leaves a list of things that are no actions alone', () => {
    expect(lvu('粮食、蔬菜产量分别增长2%、5%。').map((f) => f[0])).toEqual(['粮食产量', '蔬菜产量'])
  })
})
