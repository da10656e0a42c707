import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** `label=value+unit@period/confidence` of a review of the five years 2021-2025 (a report of 2026). */
const fiveYears = (paragraph: string) =>
  analyzeReportText(`一、“十四五”时期工作回顾\n${paragraph}\n`).metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}@${m.period}/${m.confidence.level}`,
  )

describe('a change between two levels that names nothing, after a figure of its subject', () => {
  it('opening on its first year, it is of the subject of the growth before it', () => {
    expect(fiveYears('“十四五”时期，全县地区生产总值年均增长5.8%，从2020年的312.4亿元增长到2025年的415.6亿元。')).toEqual([
      '地区生产总值=5.8%@2021-2025/high',
      '地区生产总值=312.4亿元@2020/high',
      '地区生产总值=415.6亿元@2025/high',
    ])
  })
  it('a rank that moved is of the level before it', () => {
    const [, from, to] = fiveYears('五年来，全市高新技术企业达到1260家，由全省第8位跃升至第4位。')
    expect(from).toMatch(/^高新技术企业=8位/)
    expect(to).toMatch(/^高新技术企业=4位/)
  })
  it('amounts after a share are not the share\'s: they stay to be checked', () => {
    const [, from, to] = fiveYears('五年来，民生支出占一般公共预算支出的80%，由2020年的95.2亿元增加到2025年的131.7亿元。')
    expect(from).not.toMatch(/比重/)
    expect(from).toMatch(/\/low$/)
    expect(to).toMatch(/\/low$/)
  })
})
