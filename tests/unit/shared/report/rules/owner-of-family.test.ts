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

  it('gives the first item’s owner to later measures of patents, capacity, village roads, water supply, a network, land', () => {
    expect(lvu('发明专利申请量、授权量分别增长15%、22%。').map((f) => f[0])).toEqual(['发明专利申请量', '发明专利授权量'])
    expect(lvu('光伏发电装机容量、并网规模均增长30%以上。').map((f) => f[0])).toEqual(['光伏发电装机容量', '光伏发电并网规模'])
    expect(lvu('行政村通畅率、通客车率均达到100%。').map((f) => f[0])).toEqual(['行政村通畅率', '行政村通客车率'])
    expect(lvu('城乡自来水普及率、水质达标率分别达到95%、92%。').map((f) => f[0])).toEqual(['城乡自来水普及率', '城乡自来水水质达标率'])
    expect(lvu('城市轨道交通运营里程、在建里程分别达到120公里、80公里。').map((f) => f[0])).toEqual(['城市轨道交通运营里程', '城市轨道交通在建里程'])
  })

  it('carries a per-mu modifier with the owner (开发区亩均…、税收 → 开发区亩均税收)', () => {
    expect(lvu('开发区亩均投资强度、税收均超过300万元。').map((f) => f[0])).toEqual(['开发区亩均投资强度', '开发区亩均税收'])
  })

  it('leaves the state the first measure was counted in (建成, 运营) out of the owner', () => {
    expect(lvu('风光电建成装机容量、并网规模均增长20%。').map((f) => f[0])).toEqual(['风光电建成装机容量', '风光电并网规模'])
  })

  it('leaves items of another family as written, and flags an owned measure left with no owner', () => {
    // 森林覆盖率 is no measure of the port's.
    expect(lvu('某某港货物吞吐量增长6%、森林覆盖率达到45%。').map((f) => f[0])[1]).toBe('森林覆盖率')
    const [alone] = figures('净资产达到35亿元。')
    expect(alone?.label).toBe('净资产')
    expect(alone?.confidence.level).toBe('low')
  })
})
