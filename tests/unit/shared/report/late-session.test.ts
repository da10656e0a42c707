import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const report = (date: string) =>
  [
    `——${date}在某市第六届人民代表大会第二次会议上`,
    '',
    '各位代表：',
    '',
    '一、2022年工作回顾',
    '',
    '即将过去的一年，极不平凡。今年是新一届政府履职的第一年，办结人大代表建议180件。预计全年地区生产总值增长5.5%左右。',
    '',
    '二、2023年工作安排',
    '',
    '今年地区生产总值增长6%左右。',
  ].join('\n')
const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.value, m.period])

describe('a report given in November or December says 今年 of the year it reviews', () => {
  it('dates figures after 今年 in the review as the year reviewed when the session meets in December', () => {
    const text = report('2022年12月26日')
    expect(analyzeReportText(text).year).toBe(2023)
    expect(periods(text)).toEqual([
      [180, '2022'],
      [5.5, '2022'],
      [6, '2023 target'],
    ])
  })

  it('keeps 今年 as the plan year in a report given in the year it plans', () => {
    expect(periods(report('2023年1月10日'))).toEqual([
      [180, '2023 target'],
      [5.5, '2023 target'],
      [6, '2023 target'],
    ])
  })

  it('dates 今年以来 in the review of such a report as the year reviewed too', () => {
    const text = ['——2024年12月25日在某市人民代表大会上', '', '各位代表：', '', '一、2024年工作回顾', '', '今年以来，全市上下攻坚克难。地区生产总值增长3.5%。'].join('\n')
    expect(periods(text)).toEqual([[3.5, '2024']])
  })

  it('reads a base year compared with (是…的, 从…的) as no time of the clause, and a yearly average as of the five years reviewed', () => {
    const text = [
      '——2021年12月27日在某市第五届人民代表大会第一次会议上',
      '各位代表：',
      '一、过去五年工作回顾',
      '——综合实力明显增强。预计今年全市生产总值达到520亿元，是2016年的1.5倍，年均增长7.2%；城镇化率从2016年的41%提高到52%。',
      '二、2022年工作安排',
      '今年全市生产总值增长7%左右。',
    ].join('\n')
    // (Pasted without its date line: 预计今年 in the review of five years says the year is still running.)
    expect(periods(text.split('\n').slice(1).join('\n'))).toEqual(periods(text))
    expect(periods(text)).toEqual([
      [520, '2021'],
      [1.5, '2021'],
      [7.2, '2017-2021'],
      [41, '2016'],
      [52, '2021'],
      [7, '2022 target'],
    ])
  })
})
