import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { withoutSpanOfPeriod } from '../../../../src-shared/report/span-in-label'

/** `label=value+unit@period` of a review of the five years 2021-2025 (a report of 2026). */
const fiveYears = (paragraph: string) =>
  analyzeReportText(`一、“十四五”时期工作回顾\n${paragraph}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}`)

describe('a span of years at the head of a label, when the period says it', () => {
  it('`5年` in Arabic figures goes, as `五年` does: the period is the five years', () => {
    expect(fiveYears('五年来，我们狠抓项目建设。5年政府投资3160亿元，5年城镇累计新增就业41.2万人。')).toEqual([
      '政府投资=3160亿元@2021-2025',
      '城镇新增就业=41.2万人@2021-2025',
    ])
  })
  it('full-width digits are read as half-width ones', () => {
    expect(withoutSpanOfPeriod('５年营造林', '2021-2025')).toBe('营造林')
  })
  it('`3年内`, `2年累计` go when the period is a span of as many years', () => {
    expect(withoutSpanOfPeriod('3年内新建养老机构', '2023-2025')).toBe('新建养老机构')
    expect(withoutSpanOfPeriod('两年累计减税降费', '2024-2025')).toBe('减税降费')
  })
  it('stay when the period is one year or a span of another length: the label alone says the sum is of several years', () => {
    expect(withoutSpanOfPeriod('三年投入', '2025')).toBe('三年投入')
    expect(withoutSpanOfPeriod('3年统筹财政资金', '2025 target')).toBe('3年统筹财政资金')
    expect(withoutSpanOfPeriod('三年综合考评', '2021-2025')).toBe('三年综合考评')
  })
  it('stay when the years are part of a name: a schooling, a grade, an age, an action plan', () => {
    expect(withoutSpanOfPeriod('九年义务教育巩固率', '2021-2029')).toBe('九年义务教育巩固率')
    expect(withoutSpanOfPeriod('5年以上住宅', '2021-2025')).toBe('5年以上住宅')
    expect(withoutSpanOfPeriod('三年行动计划重点任务', '2023-2025')).toBe('三年行动计划重点任务')
    expect(withoutSpanOfPeriod('5年制高职', '2021-2025')).toBe('5年制高职')
  })
})
