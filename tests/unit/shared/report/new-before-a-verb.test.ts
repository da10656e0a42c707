import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('新 before the verb that ends a counted noun is the verb’s, not the noun’s', () => {
  it('ends the noun before 新 or 重新', () => {
    expect(lvu('全年有9个城乡供水厂新建成投用。')).toEqual([['城乡供水厂', 9, '个']])
    expect(lvu('12个停工商住项目重新启动。')).toEqual([['停工商住项目', 12, '个']])
    expect(lvu('将23种罕见病用药新纳入医保支付范围。')).toEqual([['新纳入医保支付范围的罕见病用药', 23, '种']])
  })
  it('keeps a word that ends in 新', () => {
    expect(lvu('4个科技创新平台获批。')).toEqual([['科技创新平台', 4, '个']])
    expect(lvu('培育210个专精特新企业。')).toEqual([['专精特新企业', 210, '个']])
  })
  it('flags a noun too short to stand without the verb (疾病新)', () => {
    const [m] = figures('11种慢病新纳入门诊保障。')
    expect(m?.label).toBe('慢病新')
    expect(m?.confidence.level).toBe('low')
    expect(m?.confidence.reasons).toContain('label-vague')
  })
  it('flags no renewal (焕然一新)', () => {
    const [m] = figures('62个老旧小区焕然一新。')
    expect(m?.confidence.reasons ?? []).not.toContain('label-vague')
  })
})
