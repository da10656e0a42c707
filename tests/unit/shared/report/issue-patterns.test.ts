import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { figures } from './figures'

/**
 * The patterns issue 9 found read wrong on real reports, each in a sentence of its kind written for this test
 * (the corpus reports are scored in corpus.test.ts).
 */
const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.kind, m.qualifier, m.period])

describe('figures that were not read at all', () => {
  it('ranges keep both ends and the words as written', () => {
    expect(figures('全市生产总值增长5%—5.5%。')[0]).toMatchObject({ value: 5, high: 5.5, unit: '%', kind: 'growth', written: '5%—5.5%' })
    expect(figures('工业投资增长8%～10%。')[0]).toMatchObject({ value: 8, high: 10 })
  })
  it('Chinese numerals and fractions become numbers and keep their words', () => {
    expect(view('园区产值翻一番，出口额扩大两成，比重提高十个百分点。').map((v) => [v[1], v[2], v[3]])).toEqual([
      [2, '倍', 'growth'],
      [20, '%', 'growth'],
      [10, '个百分点', 'change'],
    ])
    expect(figures('节庆活动压减三分之一。')[0]).toMatchObject({ value: -33.3, unit: '%', written: '三分之一' })
  })
  it('amounts in 千亿 without 元, and the figure after them', () => {
    expect(view('全市经济总量先后跨越4千亿、5千亿两个台阶，人均生产总值突破10万元。').map((v) => [v[0], v[1], v[2]])).toEqual([
      // A digit before 千亿 multiplies it, in the unit offices use (as the bare 千亿 is 1000 亿).
      ['经济总量', 4000, '亿'],
      ['经济总量', 5000, '亿'],
      ['人均生产总值', 10, '万元'],
    ])
  })
  it('ranks in words', () => {
    expect(view('研发投入强度居全省第三，进入全国前二十。').map((v) => [v[1], v[3], v[4]])).toEqual([
      [3, 'rank', null],
      [20, 'rank', '以内'],
    ])
  })
  it('a figure followed by 的, a number before its noun, two units in a row', () => {
    expect(view('城镇登记失业率控制在3.3%的较低水平。')[0]?.slice(0, 5)).toEqual(['城镇登记失业率', 3.3, '%', 'share', '控制在'])
    expect(view('突破90项关键核心技术，完成8.6亿元的年度投资任务，为76户215人办理低保。').map((v) => [v[0], v[1], v[2]])).toEqual([
      ['关键核心技术', 90, '项'],
      ['年度投资任务', 8.6, '亿元'],
      ['低保户数', 76, '户'],
      ['低保人数', 215, '人'],
    ])
  })
  it('units the table lacked, an age from a year to another, a ratio wrapped in 拟按…安排, and bounds', () => {
    expect(view('开行班列260列，举办赛事36场次，人均预期寿命从2020年的77.9岁提高到78.8岁。').map((v) => [v[1], v[2], v[5]])).toEqual([
      [260, '列', '2024'],
      [36, '场次', '2024'],
      [77.9, '岁', '2020'],
      [78.8, '岁', '2024'],
    ])
    expect(view('赤字率拟按3.2%安排。')[0]?.slice(0, 4)).toEqual(['赤字率', 3.2, '%', 'share'])
    expect(view('粮食播种面积不少于420万亩，森林覆盖率不低于45%，化肥用量增幅不超过1%，失业率控制在5%以内。').map((v) => v[4])).toEqual([
      '不少于',
      '不低于',
      '不超过',
      '以内',
    ])
  })
})

describe('periods', () => {
  it('a review that mentions 预期目标 stays a review', () => {
    const r = analyzeReportText(
      '2025年某某市政府工作报告\n一、2024年工作回顾\n全年主要经济指标好于预期目标，地区生产总值增长5.6%，固定资产投资增长7%。\n二、2025年工作安排\n主要预期目标是：地区生产总值增长6%左右。',
    )
    expect(r.metrics.map((m) => m.period)).toEqual(['2024', '2024', '2025 target'])
  })
  it('five-year achievements and goals are spans worked out from the report’s year', () => {
    const r = analyzeReportText(
      '2026年某某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n“十四五”时期，全省生产总值年均增长5.4%。过去五年，累计新增就业260万人。\n二、“十五五”时期主要目标\n今后五年，全省生产总值年均增长5.5%左右。',
    )
    expect(r.metrics.map((m) => m.period)).toEqual(['2021-2025', '2021-2025', '2026-2030 target'])
  })
  it('刚刚过去的2019年 in a report pasted without its head is the review year', () => {
    const r = analyzeReportText('各位代表：\n一、工作回顾\n刚刚过去的2019年，全县生产总值增长6.5%。\n二、2020年工作安排\n生产总值增长7%。')
    expect(r.metrics.map((m) => m.period)).toEqual(['2019', '2020 target'])
  })
})

describe('labels and kinds', () => {
  it('pairs a 、-list with 分别 element by element', () => {
    expect(view('工业、农业投资分别完成210亿元、95亿元，事故起数、死亡人数分别下降9%和14%。').map((v) => [v[0], v[1]])).toEqual([
      ['工业投资', 210],
      ['农业投资', 95],
      ['事故起数', -9],
      ['事故死亡人数', -14], // the measure after a thing's first measure is the same thing's (labels write it so)
    ])
  })
  it('does not carry a subject into a change that names its own', () => {
    expect(view('城镇新增就业6.5万人，城镇调查失业率从一季度5.8%降到5.3%。').map((v) => v[0])).toEqual([
      '城镇新增就业',
      '城镇调查失业率',
      '城镇调查失业率',
    ])
  })
  it('never gives a fragment for a label', () => {
    const labels = figures('惠及群众12万人，先发行专项债券30亿元，投入资金5亿元，城镇和农村居民收入增长5%和6%。').map((m) => m.label)
    for (const label of labels) expect(['惠', '先发行', '城镇', '以下婴幼儿托位数']).not.toContain(label)
  })
  it('a growth target is growth, and an aspiration after a growth is growth too', () => {
    expect(view('经济增长预期目标为5%左右。')[0]?.[3]).toBe('growth')
    expect(view('地区生产总值增长6%左右，力争6.5%。').map((v) => [v[0], v[3]])).toEqual([
      ['地区生产总值', 'growth'],
      ['地区生产总值', 'growth'],
    ])
  })
})
