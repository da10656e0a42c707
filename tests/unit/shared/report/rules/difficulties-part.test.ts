import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'

describe('rule: difficulties-part', () => {
  it('dates the figures of a paragraph on difficulties in a part on the years ahead before them, for checking', () => {
    const text = ['2022年某某州政府工作报告', '一、过去五年工作回顾', '五年来，地区生产总值年均增长6%。', '二、面临的困难和今后五年的目标任务',
      '（一）困难压力来自产业弱小。新材料等2个产业产值不足十亿，关停企业120家。',
      '（二）困难压力来自债务。未来5年到期债券80亿元。', '今后五年，地区生产总值年均增长7%。'].join('\n')
    const got = analyzeReportText(text).metrics.map((m) => `${m.value}${m.unit}@${m.period}/${m.confidence.level}`)
    expect(got).toContain('120家@2021/low')
    expect(got).not.toContain('80亿元@2021/low')
    expect(got).toContain('7%@2022-2026 target/high')
  })
})
