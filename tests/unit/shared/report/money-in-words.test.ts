import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('money written in Chinese numerals after a word of reaching', () => {
  it('reads 两万美元, 三万元 and 五亿美元 as money in the magnitude written', () => {
    expect(lvu('到2025年，人均生产总值要突破两万美元。')).toEqual([['人均生产总值', 2, '万美元']])
    expect(lvu('农村居民人均可支配收入超过三万元。')).toEqual([['农村居民人均可支配收入', 3, '万元']])
    expect(lvu('全市外贸进出口总额首次突破五亿美元。')).toEqual([['外贸进出口总额', 5, '亿美元']])
    expect(figures('人均生产总值要突破两万美元。')[0]?.kind).toBe('amount')
  })
  it('leaves a threshold before 的 alone', () => {
    expect(lvu('培育年营收突破两万元的农户。')).toEqual([])
  })
})
