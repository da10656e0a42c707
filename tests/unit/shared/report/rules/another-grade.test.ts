import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: another-grade', () => {
  it('counts the things of the item before at the other grade an item names alone', () => {
    expect(lvu('创建国家4A级旅游景区3家、3A级21家。').map((f) => f[0])).toEqual(['国家4A级旅游景区', '国家3A级旅游景区'])
    expect(lvu('新增五星级酒店2家、四星级5家。').map((f) => f[0])).toEqual(['新增五星级酒店', '新增四星级酒店'])
    expect(lvu('新增国家一级博物馆1家、二级3家。').map((f) => f[0])).toEqual(['新增国家一级博物馆', '新增国家二级博物馆'])
    // Full-width digits are the same grades.
    expect(lvu('创建国家４A级旅游景区３家、３A级２１家。').map((f) => f[0])).toEqual(['国家４A级旅游景区', '国家３A级旅游景区'])
  })
  it('leaves items that name other things, and levels of government', () => {
    expect(lvu('新建国家4A级旅游景区3家、旅游度假区2家。').map((f) => f[0])).toEqual(['新建国家4A级旅游景区', '新建旅游度假区'])
    expect(lvu('创建国家级示范区2个、省级5个。').map((f) => f[0])[1]).not.toBe('创建国家级示范区')
  })
})
