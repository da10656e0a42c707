import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** Each figure's value and period in a report of the given lines. */
const dated = (...lines: string[]) => analyzeReportText(lines.join('\n')).metrics.map((m) => [m.value, m.period])
const FIVE_YEARS = ['某县2023年政府工作报告', '——2023年1月9日在某县第十九届人民代表大会第一次会议上', '一、过去五年工作回顾']
const ONE_YEAR = ['某市2025年政府工作报告', '——2025年1月15日在某市第十六届人民代表大会第四次会议上', '一、2024年工作回顾']

describe('years written in the text date the figures', () => {
  it('a year after 其中 heads its clause, full- or half-width', () => {
    expect(dated(...FIVE_YEARS, '五年累计引进项目80个，其中2022年引进19个。').at(-1)).toEqual([19, '2022'])
    expect(dated(...FIVE_YEARS, '五年累计减税降费42亿元，其中２０２１年减税12亿元。').at(-1)).toEqual([12, '2021'])
  })

  it('a multiple of a base year’s level is of the year written before it, not the years after the base', () => {
    expect(dated(...FIVE_YEARS, '全县亮点纷呈。2022年粮食产量48万吨、外贸进出口9亿元，分别是2017年的1.3倍、2.1倍。')).toEqual([
      [48, '2022'], [9, '2022'], [1.3, '2022'], [2.1, '2022'],
    ])
    // With no year written, a multiple in the review of five years stays the five years'.
    expect(dated(...FIVE_YEARS, '全县亮点纷呈。外贸进出口9亿元，是2017年的2.1倍。').at(-1)).toEqual([2.1, '2018-2022'])
  })

  it('a level stated under an aside looking back N years in the review of one year is that year’s', () => {
    const para = '——城市能级大跨越。2018年，我市获批国家中心城市。6年来，我们久久为功，城市功能不断完善。全市常住人口突破800万、达到812.4万，城乡居民人均可支配收入分别为68210元和39150元，分别增长5.1%和6.9%；累计新增城镇就业96万人，城镇化率提高7.2个百分点。'
    expect(dated(...ONE_YEAR, '全市生产总值增长5%。', para).slice(1)).toEqual([
      [800, '2024'], [812.4, '2024'], [68210, '2024'], [39150, '2024'], [5.1, '2024'], [6.9, '2024'],
      [96, '2019-2024'], [7.2, '2019-2024'],
    ])
  })

  it('a count under such an aside that may be the sum of the years is dated to the year but flagged', () => {
    const ms = analyzeReportText([...ONE_YEAR, '全市生产总值增长5%。', '——平安建设大跨越。6年来，我们重拳出击，侦破电信诈骗案件2310起，群众安全感达到98.6%。'].join('\n')).metrics
    expect(ms.slice(1).map((m) => [m.value, m.period, m.confidence.reasons.includes('period-inferred')])).toEqual([
      [2310, '2024', true], [98.6, '2024', false],
    ])
  })

  it('five years looked back at in the review of one year stay the five years (a term’s achievements)', () => {
    expect(dated(...ONE_YEAR, '全市生产总值增长5%。', '各位代表，五年来，我们砥砺前行。全市常住人口达到812.4万。').at(-1)).toEqual([812.4, '2020-2024'])
  })

  it('a change with no start year after one starting at a year in the same sentence starts at that year', () => {
    expect(dated(...FIVE_YEARS, '五年来，全县财政收入从2017年的6.2亿元增加到2022年的9.8亿元，年均增长9.6%；农民人均可支配收入从11300元增加到16420元。')).toEqual([
      [6.2, '2017'], [9.8, '2022'], [9.6, '2018-2022'], [11300, '2017'], [16420, '2022'],
    ])
    // Without a year before, the start is the year before the span.
    expect(dated(...FIVE_YEARS, '五年来，农民人均可支配收入从11300元增加到16420元。')[0]).toEqual([11300, '2017'])
  })

  it('a growth over the many years since an event is of those years', () => {
    const text = ['某省2022年政府工作报告', '——2022年1月20日在某省第十三届人民代表大会第五次会议上', '一、2021年工作回顾', '全省生产总值增长8%。',
      '各位代表！2021年是中国共产党成立100周年。百年来，全省人民团结奋斗。全省生产总值增长1200倍。']
    expect(dated(...text).at(-1)).toEqual([1200, '1921-2021'])
  })

  it('a streak of growths is of its last N years in a part on several years, of the year in the review of one', () => {
    expect(dated(...FIVE_YEARS, '五年来，全县旅游收入达到52亿元，连续三年增长超过15%。').at(-1)).toEqual([15, '2020-2022'])
    expect(dated(...ONE_YEAR, '全市外贸进出口连续两年增长超过30%。').at(-1)).toEqual([30, '2024'])
  })
})
