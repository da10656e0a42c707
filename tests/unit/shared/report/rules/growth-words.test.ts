import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: growth-words', () => {
  it('names the indicator, not its rate, for a growth figure; a rank keeps the rate', () => {
    expect(figures('规模以上工业增加值增速完成8.6%，增速居全省第2位。').map((m) => m.label)).toEqual([
      '规模以上工业增加值',
      '规模以上工业增加值增速',
    ])
  })
  it('drops a rate written out in full (上涨幅度, 增长幅度) as it drops 涨幅', () => {
    expect(figures('物价总水平上涨幅度控制在2.5%左右，外贸出口增长幅度不低于6%。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['物价总水平', 2.5, 'growth'],
      ['外贸出口', 6, 'growth'],
    ])
  })
  it('reads a yearly rate (年均增速) as the yearly growth of what comes before it, whatever the verb', () => {
    const [gdp] = figures('二、今后五年的目标任务', '今后五年的目标任务是：地区生产总值年均增速保持在6%左右。')
    expect(gdp).toMatchObject({ label: '地区生产总值', value: 6, kind: 'growth', qualifier: '左右', average: true, period: '2025-2029 target' })
  })

  it('reads the size of a fall (降幅) as the fall of the indicator, also when 降幅 opens its own clause', () => {
    expect(figures('PM2.5平均浓度降幅近35%。').map((m) => [m.label, m.value, m.kind, m.qualifier])).toEqual([['PM2.5平均浓度', -35, 'growth', '近']])
    expect(figures('全市PM2.5平均浓度下降到30微克/立方米，降幅达20%。').map((m) => [m.label, m.value])).toEqual([
      ['PM2.5平均浓度', 30],
      ['PM2.5平均浓度', -20],
    ])
  })
  it('keeps the rate of a whole too general to be an indicator alone (经济, 物价)', () => {
    expect(figures('今年力争实现6%左右的经济增速，物价涨幅控制在3%左右，服务业增加值增速达到7%。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['经济增速', 6, 'growth'],
      ['物价涨幅', 3, 'growth'],
      ['服务业增加值', 7, 'growth'],
    ])
  })
  it('reads 减幅 as a fall too', () => {
    expect(figures('化学需氧量排放减幅12%。').map((m) => [m.label, m.value, m.kind])).toEqual([['化学需氧量排放', -12, 'growth']])
  })
  it('reads 提标 and 上调 as rises, 下调 as a fall', () => {
    expect(figures('最低工资标准上调8%，城乡低保综合提标5%，住房公积金贷款利率下调3%。').map((m) => [m.value, m.kind])).toEqual([
      [8, 'growth'],
      [5, 'growth'],
      [-3, 'growth'],
    ])
  })
  it('gives the fall of things cut to the things, without the verb of cutting', () => {
    expect(lvu('撤并行政村85个、减幅21%。')[1]).toEqual(['撤并行政村', -21, '%'])
    expect(lvu('压减过剩产能40万吨、降幅12%。')[1]).toEqual(['过剩产能', -12, '%'])
  })
})

describe('rule: growth-words, a rate of fall', () => {
  it('reads 降低率 and 下降率 as the fall of the indicator, though 率 ends them', () => {
    expect(figures('万元地区生产总值能耗降低率达到3.2%，化学需氧量排放下降率为5%。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['万元地区生产总值能耗', -3.2, 'growth'],
      ['化学需氧量排放', -5, 'growth'],
    ])
  })
})
