import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: elided-head', () => {
  it('names each count of a list by grade with the noun written once, at the last', () => {
    expect(lvu('新建12个县级、240个乡级综合文化站。')).toEqual([
      ['县级综合文化站', 12, '个'],
      ['乡级综合文化站', 240, '个'],
    ])
    expect(lvu('创建2个国家级和9个省级全域旅游示范区。')).toEqual([
      ['国家级全域旅游示范区', 2, '个'],
      ['省级全域旅游示范区', 9, '个'],
    ])
  })
  it('reads a grade with an alternative in brackets, and a size class', () => {
    expect(lvu('除险加固3座中型、15座小（二）型病险水库。')).toEqual([
      ['中型病险水库', 3, '座'],
      ['小（二）型病险水库', 15, '座'],
    ])
    expect(lvu('培育1个万亿级、6个千亿级产业集群。')).toEqual([
      ['万亿级产业集群', 1, '个'],
      ['千亿级产业集群', 6, '个'],
    ])
  })
  it('quotes each item with the list so far', () => {
    expect(figures('新建12个县级、240个乡级综合文化站。').map((m) => m.quote)).toEqual([
      '新建12个县级',
      '新建12个县级、240个乡级综合文化站',
    ])
  })
})
