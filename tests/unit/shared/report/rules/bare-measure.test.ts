import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: bare-measure', () => {
  it('gives a bare measure the works the sentence is about, after a count of them', () => {
    expect(lvu('市级重点项目260个，完成投资1800亿元以上。')).toEqual([
      ['市级重点项目', 260, '个'],
      ['市级重点项目投资', 1800, '亿元'],
    ])
    expect(lvu('推进总投资900亿元的120个产业项目，力争年内完成投资300亿元。')).toEqual([
      ['产业项目总投资', 900, '亿元'],
      ['产业项目', 120, '个'],
      ['产业项目投资', 300, '亿元'],
    ])
  })
  it('drops a bare measure when the sentence names no works', () => {
    expect(lvu('全年共完成投资3.5亿元。')).toEqual([])
    expect(lvu('城镇新增就业2万人，完成投资8亿元。')).toEqual([['城镇新增就业', 2, '万人']])
  })
  it('keeps a measure that names its deed: the works’ when named, else flagged', () => {
    expect(lvu('实施帮扶项目120个、投入资金3.2亿元。')[1]).toEqual(['帮扶项目投入资金', 3.2, '亿元'])
    const alone = figures('累计投入资金58亿元，新建农村公路900公里。')[0]
    expect(alone).toMatchObject({ label: '投入资金', value: 58, unit: '亿元' })
    expect(alone?.confidence.reasons).toContain('label-vague')
  })
  it('gives a bare measure works named by their head alone, flagged', () => {
    const investment = figures('全年实施项目320个，完成投资150亿元。').find((m) => m.unit === '亿元')
    expect(investment).toMatchObject({ label: '项目投资', value: 150, unit: '亿元' })
    expect(investment?.confidence.reasons).toContain('label-vague')
  })
  it('gives an amount the works the clause goes on to spend it on', () => {
    expect(lvu('投资6.4亿元实施12个老旧小区改造项目。')).toEqual([
      ['老旧小区改造项目投资', 6.4, '亿元'],
      ['老旧小区改造项目', 12, '个'],
    ])
    expect(lvu('投资3亿元推进8个特色产业园区建设。')).toEqual([
      ['特色产业园区投资', 3, '亿元'],
      ['特色产业园区', 8, '个'],
    ])
    // Not works: the amount stays without a thing to measure.
    expect(lvu('投资3亿元推进乡村振兴。')).toEqual([])
  })
  it('gives a bare output the industry the sentence opens with', () => {
    expect(lvu('壮大茶叶产业集群，推进标准化茶园建设，产值达到85亿元。')).toEqual([['茶叶产业集群产值', 85, '亿元']])
    expect(lvu('高新产业园区聚焦电子信息，营收突破300亿元。')).toEqual([['高新产业园区营收', 300, '亿元']])
    // A sentence that opens with no industry leaves the output without a thing to measure.
    expect(lvu('加快乡村振兴步伐，产值达到85亿元。')).toEqual([])
  })
  it('keeps a rate of a measure named alone (投资增长8%), flagged, where an amount of one is dropped', () => {
    const all = figures('地区生产总值增长6%，投资增长8%，全年共完成投资3.5亿元。')
    expect(all.map((m) => [m.label, m.value, m.confidence.level])).toEqual([
      ['地区生产总值', 6, 'high'],
      ['投资', 8, 'low'],
    ])
  })
})
