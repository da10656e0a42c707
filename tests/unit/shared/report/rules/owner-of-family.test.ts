import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: owner-of-family (a list’s later measures of the first one’s family take its owner)', () => {
  it('gives later measures of one family the owner the first item names', () => {
    expect(lvu('某某港货物吞吐量、集装箱吞吐量分别增长6%、9.5%。').map((f) => f[0])).toEqual(['某某港货物吞吐量', '某某港集装箱吞吐量'])
    expect(lvu('县属国有企业总资产、净资产分别达到320亿元、140亿元。').map((f) => f[0])).toEqual(['县属国有企业总资产', '县属国有企业净资产'])
    expect(lvu('市管企业资产总额、营业总收入、净利润分别增长12%、20%、15%。').map((f) => f[0])).toEqual([
      '市管企业资产总额',
      '市管企业营业总收入',
      '市管企业净利润',
    ])
    expect(lvu('畜牧企业出栏、存栏均增长8%。').map((f) => f[0])).toEqual(['畜牧企业出栏', '畜牧企业存栏'])
  })

  it('keeps a sector that makes one measure with the first item (工业总产值) out of the owner', () => {
    expect(lvu('重点企业工业总产值、税收分别增长11%和9%。').map((f) => f[0])).toEqual(['重点企业工业总产值', '重点企业税收'])
  })

  it('splits a first measure written longer than its family word at the family word (外销量 → 销售额)', () => {
    expect(lvu('特色农产品外销量、销售额均增长12%以上。').map((f) => f[0])[1]).toBe('特色农产品销售额')
  })

  it('leaves items of another family as written, and flags an owned measure left with no owner', () => {
    // 森林覆盖率 is no measure of the port's.
    expect(lvu('某某港货物吞吐量增长6%、森林覆盖率达到45%。').map((f) => f[0])[1]).toBe('森林覆盖率')
    const [alone] = figures('净资产达到35亿元。')
    expect(alone?.label).toBe('净资产')
    expect(alone?.confidence.level).toBe('low')
  })
})
