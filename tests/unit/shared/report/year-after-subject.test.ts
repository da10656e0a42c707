import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** label=value@period of a report of 2026 with a 十四五 review, a 十五五 part and the plan of 2026. */
function periods(review: string, plan: string): string[] {
  const text = ['2026年某省政府工作报告', '——2026年1月20日在某省人民代表大会上', '一、“十四五”时期工作回顾', review, '二、“十五五”时期目标任务', plan, '三、2026年工作安排', '地区生产总值增长5%。']
  return analyzeReportText(text.join('\n')).metrics.map((m) => `${m.label}=${m.value}@${m.period}`)
}

describe('a year written right after the subject', () => {
  it('dates a goal of a five-year part to that year, not to the span', () => {
    expect(periods('五年来，地区生产总值年均增长6%。', '技术合同成交额2030年达到600亿元，粮食综合生产能力2028年达到305亿斤。').slice(1, 3)).toEqual([
      '技术合同成交额=600@2030 target',
      '粮食综合生产能力=305@2028 target',
    ])
  })

  it('dates a fact of a review to that year, also against a base', () => {
    expect(periods('五年来，农产品加工业销售收入2024年达到1422.6亿元，PM2.5年均浓度2025年比2020年下降21.4%。', '').slice(0, 2)).toEqual([
      '农产品加工业销售收入=1422.6@2024',
      'PM2.5年均浓度=-21.4@2025',
    ])
  })

  it('leaves a year compared with or listed among bases to the comparison', () => {
    const got = periods('五年来，职工平均工资分别比上年和2020年增长6.1%和35.2%，增速低于2020年增长9.6%的速度。', '')
    expect(got.some((f) => f.endsWith('@2020'))).toBe(false)
  })
})
