import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { withoutOwnPlace } from '../../../../src-shared/report/own-place'

describe('own place before an indicator', () => {
  it('drops the report\'s own place before a headline indicator, as 全省 would be', () => {
    expect(withoutOwnPlace('青海生产总值', '青海省')).toBe('生产总值')
    expect(withoutOwnPlace('宁夏地区生产总值', '宁夏回族自治区')).toBe('地区生产总值')
  })
  it('keeps names that begin with the place, and other places', () => {
    expect(withoutOwnPlace('青海湖景区接待游客', '青海省')).toBe('青海湖景区接待游客')
    expect(withoutOwnPlace('青海银行业机构', '青海省')).toBe('青海银行业机构')
    expect(withoutOwnPlace('甘肃生产总值', '青海省')).toBe('甘肃生产总值')
    expect(withoutOwnPlace('生产总值', null)).toBe('生产总值')
  })
  it('applies in a report whose place is known', () => {
    const text = ['2018年青海省政府工作报告', '一、2017年工作回顾', '预计青海生产总值达2640亿元、增长7.3%。'].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.label, m.indicator])).toEqual([
      ['生产总值', 'gdp'],
      ['生产总值', 'gdp'],
    ])
  })
})
