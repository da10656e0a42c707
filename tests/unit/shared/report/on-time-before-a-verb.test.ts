import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('如期 and 提前 before the verb say when, not what', () => {
  it('如期 is no part of the label of what was done', () => {
    expect(lvu('如期完成48项重点民生实事。')).toEqual([['重点民生实事', 48, '项']])
    expect(lvu('如期实现了5个贫困县全部摘帽。')).toEqual([['贫困县', 5, '个']])
  })

  it('how early (提前一年) is no figure, and no part of the label either', () => {
    expect(lvu('提前一年完成脱贫攻坚任务。')).toEqual([])
    expect(lvu('全市生产总值提前两年实现比2010年翻一番。')).toEqual([['生产总值', 2, '倍']])
    expect(lvu('8.6万农村贫困人口提前一年全部脱贫。')).toEqual([['农村贫困人口', 8.6, '万']])
  })
})
