import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const shown = (text: string) =>
  analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}${m.unit} ${m.kind}@${m.period}/${m.confidence.level}`)

const head = '某市2016年政府工作报告\n——2016年1月8日在某市第四届人民代表大会第五次会议上\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n'

describe('a plan named inside the clause that announces goals', () => {
  const report = (announcing: string) =>
    head +
    '一、过去五年工作回顾\n\n五年来，全市生产总值年均增长9.1%。\n\n二、关于规划纲要的说明\n\n' +
    `${announcing}地区生产总值年均增长7%，固定资产投资年均增长11%。\n\n` +
    '三、2016年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n'

  it('gives the goals after it the plan’s years, though the name does not open the clause', () => {
    const figures = shown(report('规划纲要草案提出了“十三五”时期全市发展的主要预期目标：'))
    expect(figures).toContain('地区生产总值=7% growth@2016-2020 target/high')
    expect(figures).toContain('固定资产投资=11% growth@2016-2020 target/high')
    expect(figures).toContain('地区生产总值=7.5% growth@2016 target/high')
  })

  it('leaves a year of the plan (its first year’s goals) as that year', () => {
    const figures = shown(
      head +
        '一、2015年工作回顾\n\n全市生产总值增长8%。\n\n二、2016年工作安排\n\n' +
        '我们确定“十三五”开局之年的主要预期目标为：地区生产总值增长7.5%左右，固定资产投资增长10%。\n',
    )
    expect(figures).toContain('地区生产总值=7.5% growth@2016 target/high')
    expect(figures).toContain('固定资产投资=10% growth@2016 target/high')
  })
})

describe('an address with a colon opening a paragraph that turns a five-year review to its last year', () => {
  it('dates the paragraph to that year (`各位代表：刚刚过去的2015年，…`)', () => {
    const figures = shown(
      head +
        '一、“十二五”时期工作回顾\n\n五年来，全市生产总值年均增长8.6%，城镇新增就业累计25万人。\n\n' +
        '各位代表：刚刚过去的2015年，是困难很多的一年。全市生产总值比上年增长4.2%，城镇登记失业率3.5%。\n\n' +
        '二、2016年工作安排\n\n主要预期目标是：地区生产总值增长5%左右。\n',
    )
    expect(figures).toContain('生产总值=8.6% growth@2011-2015/high')
    expect(figures).toContain('生产总值=4.2% growth@2015/high')
    expect(figures).toContain('城镇登记失业率=3.5% share@2015/high')
  })
})

describe('an estimate before the year it dates, in a review of five years', () => {
  const review = (sentence: string) =>
    shown(head + `一、“十二五”时期工作回顾\n\n五年来，全市经济稳步发展。${sentence}\n\n二、2016年工作安排\n\n主要预期目标是：地区生产总值增长7%左右。\n`)

  it.each([
    ['预计2015年全市地区生产总值达到2380亿元，一般公共预算收入达到190亿元。', '地区生产总值=2380亿元 amount@2015/high'],
    ['全市地区生产总值迈过2000亿元台阶，预计2015年实现2380亿元、年均增长8.9%。', '地区生产总值=2380亿元 amount@2015/high'],
    ['初步核算2015年全市生产总值达到2380亿元。', '生产总值=2380亿元 amount@2015/high'],
  ])('dates its clause: %s', (sentence, figure) => {
    expect(review(sentence)).toContain(figure)
  })

  it('drops the estimate from the label (`初步核算2015年达到…` is the GDP of the sentence before)', () => {
    const figures = review('全市生产总值迈上新台阶，初步核算2015年达到2380亿元。')
    expect(figures).toContain('生产总值=2380亿元 amount@2015/high')
  })

  it('keeps the average of the five years as theirs', () => {
    expect(review('全市地区生产总值迈过2000亿元台阶，预计2015年实现2380亿元、年均增长8.9%。')).toContain('地区生产总值=8.9% growth@2011-2015/high')
  })
})

describe('a bare change after a change of levels (`由2015年的X增加到Y，增长Z%`)', () => {
  it('is over the same years, not the last one alone', () => {
    const text =
      head.replace(/2016/g, '2021') + '一、“十三五”时期工作回顾\n\n2020年，全市地区生产总值由2015年的96.2亿元增加到168亿元，增长74.6%。\n'
    const got = analyzeReportText(text).metrics.map((m) => `${m.value}${m.unit}@${m.period}`)
    expect(got).toEqual(['96.2亿元@2015', '168亿元@2020', '74.6%@2016-2020'])
  })
})

describe('the plan year’s goals announced as such inside a part on the five years ahead', () => {
  const head2026 = '某市2026年政府工作报告\n——2026年1月20日在某市第十届人民代表大会第二次会议上\n\n各位代表：\n\n'
  const report = (announcing: string) =>
    head2026 +
    '一、“十四五”时期工作回顾\n\n五年来，全市生产总值年均增长5.2%。\n\n' +
    '二、“十五五”时期目标任务和2026年工作安排\n\n' +
    '（一）“十五五”时期努力实现的目标任务。全市生产总值年均增长5%左右，城镇化率提高到70%。\n\n' +
    '各位代表，今年是“十五五”开局之年。全年工作的总体要求是：坚持稳中求进。\n\n' +
    `${announcing}地区生产总值增长5.5%，固定资产投资增长6%，城镇新增就业6万人。\n`

  it('keeps them the year’s when the clause names the year (`今年主要预期目标是：`, `2026年…主要预期目标为：`)', () => {
    for (const announcing of ['根据市委全会部署，今年主要预期目标是：', '2026年全市经济社会发展的主要预期目标为：']) {
      const figures = shown(report(announcing))
      expect(figures).toContain('地区生产总值=5.5% growth@2026 target/high')
      expect(figures).toContain('固定资产投资=6% growth@2026 target/high')
      expect(figures).toContain('城镇新增就业=6万人 count@2026 target/high')
      // The five years' goals before them stay the five years'.
      expect(figures).toContain('生产总值=5% growth@2026-2030 target/high')
    }
  })

  it('leaves goals the clause does not date to the part’s five years', () => {
    const figures = shown(report('“十五五”时期全市主要预期目标是：'))
    expect(figures).toContain('地区生产总值=5.5% growth@2026-2030 target/high')
  })
})
