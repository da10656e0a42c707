import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { findTargetMetric } from '../../../../src-shared/briefing/from-report'
import type { ReportContent } from '../../../../src-shared/schemas/report'

function report(plan: string): ReportContent {
  const text = `2017年政府工作报告\n各位代表：\n一、2016年工作回顾\n区本级固定资产投资完成100.6亿元，同比增长16.6%。\n二、2017年工作安排\n今年经济社会发展的主要预期目标是：${plan}。\n`
  const a = analyzeReportText(text)
  return { id: 'r-1', title: a.title, year: a.year, place: a.place, source: { fileName: 'a.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

describe('the goal that matches a figure', () => {
  const actualOf = (r: ReportContent) => r.metrics.find((m) => m.value === 100.6)!

  it('is a goal of the same indicator, kind and unit', () => {
    const r = report('固定资产投资达到110.7亿元')
    expect(findTargetMetric(r, actualOf(r))?.value).toBe(110.7)
  })

  it('is never a goal of another scope: 全社会 is no target for 区本级', () => {
    const r = report('全社会固定资产投资达到110.7亿元')
    expect(r.metrics.some((m) => m.value === 110.7 && m.period === '2017 target')).toBe(true)
    expect(findTargetMetric(r, actualOf(r))).toBeNull()
  })
})
