import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { planSpansIn } from '../../../../src-shared/report/words/periods'

describe('“七五”普法 and “八五”法治宣传教育 are campaigns of legal education, not five-year plans', () => {
  it('names no plan', () => {
    expect(planSpansIn('深入开展“八五”普法')).toEqual([])
    expect(planSpansIn('“七五”法治宣传教育顺利收官')).toEqual([])
    expect(planSpansIn('“八五”时期')).toEqual([[1991, 1995]])
    expect(planSpansIn('“十四五”普法规划')).toEqual([[2021, 2025]])
  })

  it('leaves the figures after it in the year reviewed', () => {
    const text = [
      '——2023年1月10日在某市人民代表大会上',
      '',
      '各位代表：',
      '',
      '一、2022年工作回顾',
      '',
      '法治政府建设扎实推进。“八五”普法深入实施，新增民主法治示范村12个，制定地方性法规2部。',
    ].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.value, m.period])).toEqual([
      [12, '2022'],
      [2, '2022'],
    ])
  })
})
