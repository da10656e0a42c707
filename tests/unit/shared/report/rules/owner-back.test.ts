import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: owner-back', () => {
  it('names the produce a bare output measure is of, from a clause before it', () => {
    expect(lvu('水稻连年丰收，产量达到320万吨。')).toEqual([['水稻产量', 320, '万吨']])
    expect(lvu('2024年粮食产量82亿斤、亩产486斤。')).toEqual([
      ['粮食产量', 82, '亿斤'],
      ['粮食亩产', 486, '斤'],
    ])
  })
  it('names the herd of 存栏 and 出栏, the nearest and longest, without the 年 of 年出栏', () => {
    expect(lvu('推进肉牛养殖扩群，年出栏12万头、存栏30万头。')).toEqual([
      ['肉牛出栏', 12, '万头'],
      ['肉牛存栏', 30, '万头'],
    ])
  })
  it('names the hub a bare throughput is of when a clause opens with its name', () => {
    expect(lvu('南湖机场新航站楼投入使用，开通国际航线6条，年吞吐量突破300万人次。')).toEqual([
      ['国际航线', 6, '条'],
      ['南湖机场年吞吐量', 300, '万人次'],
    ])
  })
  it('leaves a measure whose sentence names no owner', () => {
    expect(lvu('全年产量达到50万吨。')).toEqual([['产量', 50, '万吨']])
  })
})
