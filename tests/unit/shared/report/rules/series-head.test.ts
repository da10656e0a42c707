import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: series-head', () => {
  it('gives a measure of the same kind listed right after a part of the place’s figure that part as its owner', () => {
    expect(lvu('某某国际机场旅客吞吐量突破800万人次、货邮吞吐量6万吨。').map((f) => f[0])).toEqual([
      '某某国际机场旅客吞吐量',
      '某某国际机场货邮吞吐量',
    ])
    expect(lvu('市县生活垃圾无害化处理率99%、污水处理率95%。').map((f) => f[0])).toEqual(['市县生活垃圾无害化处理率', '市县污水处理率'])
  })
  it('never makes a part’s figure the place’s indicator', () => {
    const [, trade] = figures('高新区地区生产总值增长8%、进出口总额增长12%。')
    expect(trade?.label).toBe('高新区进出口总额')
    expect(trade?.indicator).toBeNull()
  })
  it('leaves contrasting scopes (城市, 城镇), another kind of measure after a level of government, and figures with a scope of their own', () => {
    expect(lvu('完成城市棚户区改造5000套、国有工矿棚户区改造800套。').map((f) => f[0])).toEqual(['城市棚户区改造', '国有工矿棚户区改造'])
    expect(lvu('市县污水处理率95%、新建污水管网120公里。').map((f) => f[0])[1]).not.toMatch(/^市县/u)
    expect(lvu('某某国际机场旅客吞吐量突破800万人次，全市货邮吞吐量6万吨。').map((f) => f[0])[1]).not.toMatch(/^某某国际机场/u)
  })
  it('leaves an item that names its own port to that port', () => {
    expect(lvu('甲乙国际机场旅客吞吐量超1500万人次、丙丁港集装箱吞吐量突破300万标箱。').map((f) => f[0])).toEqual([
      '甲乙国际机场旅客吞吐量',
      '丙丁港集装箱吞吐量',
    ])
    // 港口 and 港区 name no port: the airport's series goes on only where the item has no owner at all.
    expect(lvu('甲乙国际机场旅客吞吐量超1500万人次、货邮吞吐量8万吨。').map((f) => f[0])[1]).toBe('甲乙国际机场货邮吞吐量')
  })

  it('gives a rate whose item names only a part of the place the rate of the item before', () => {
    const [, part] = figures('城镇化率达到60%、市辖区达到68%。')
    expect(part?.label).toBe('市辖区城镇化率')
    expect(part?.indicator).toBeNull()
    // Things counted in a park are no rate of it.
    expect(lvu('新增国家级绿色工厂5家、绿色园区3家。').map((f) => f[0])[1]).not.toMatch(/绿色工厂$/u)
  })

  it('gives a bare rate listed after a rate of a named thing that thing (普惠率…、公办率…)', () => {
    expect(lvu('学前教育普惠率90%、公办率55%。').map((f) => f[0])).toEqual(['学前教育普惠率', '学前教育公办率'])
    // A rate of another thing stays its own.
    expect(lvu('学前教育普惠率90%、义务教育巩固率98%。').map((f) => f[0])[1]).toBe('义务教育巩固率')
  })
})
