import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: share-over-threshold', () => {
  it('reads a share of things whose measure passes a threshold as the share, and the threshold as no figure', () => {
    expect(lvu('全县85%以上的村集体经营性收入超过20万元。')).toEqual([['村集体经营性收入超过20万元比例', 85, '%']])
    expect(lvu('42.6%的行政村集体经济年收入超50万元，全面消除薄弱村。')).toEqual([['行政村集体经济年收入超50万元比例', 42.6, '%']])
    expect(lvu('60%的村集体收入达到15万元以上。')).toEqual([['村集体收入达到15万元以上比例', 60, '%']])
  })
  it('keeps the bound of the share and its kind', () => {
    const [m] = figures('全县85%以上的村集体经营性收入超过20万元。')
    expect([m?.kind, m?.qualifier]).toEqual(['share', '以上'])
  })
  it('leaves an amount that is a figure of its own', () => {
    expect(lvu('村集体经济收入达到1.2亿元，增长8%。').map(([l, v, u]) => `${l}${v}${u}`)).toContain('村集体经济收入1.2亿元')
    expect(lvu('所有行政村集体经济年收入超过30万元。').map(([, v, u]) => `${v}${u}`)).toEqual(['30万元'])
  })
})
