import { describe, expect, it } from 'vitest'
import { figures } from './figures'

/** label, value, unit and written words of every figure. */
function read(body: string): [string, number, string, string | null | undefined][] {
  return figures(body).map((m) => [m.label, m.value, m.unit, m.written])
}

describe('`实现倍增` ending its clause is a doubling (×2) of its subject', () => {
  it('one subject, or each of a list, read as written', () => {
    expect(read('五年来，规上工业企业实现倍增，城市快速路里程实现倍增。')).toEqual([
      ['规上工业企业', 2, '倍', '倍增'],
      ['城市快速路里程', 2, '倍', '倍增'],
    ])
    expect(read('专精特新企业实现倍增、总数达到860家。')[0]).toEqual(['专精特新企业', 2, '倍', '倍增'])
  })

  it('a plan, a goal or an action named by the word is no figure', () => {
    expect(read('启动实施居民收入倍增计划。')).toEqual([])
    expect(read('数字经济企业数量提前实现倍增目标。')).toEqual([])
    expect(read('出口额倍增，带动就业。')).toEqual([])
  })
})

describe('实现 before the years of a doubling', () => {
  it('is no part of the label of each thing that doubled', () => {
    expect(figures('省级以上景区品牌、四星级以上酒店数量实现三年翻番。').map((m) => [m.label, m.value])).toEqual([
      ['省级以上景区品牌数量', 2],
      ['四星级以上酒店数量', 2],
    ])
  })
})
