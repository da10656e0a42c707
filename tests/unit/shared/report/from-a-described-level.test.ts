import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** `label=value+unit/confidence` of a review of 2023 (a report of 2024). */
const review = (paragraph: string) =>
  analyzeReportText(`2024年政府工作报告\n一、2023年工作回顾\n${paragraph}\n`).metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}/${m.confidence.level}`,
  )

describe('a change from a level described by when it stood or what it is of', () => {
  it('`从月销售额…提高到…`: the threshold, both levels, the takings no part of the label', () => {
    expect(review('个体工商户增值税起征点从月销售额2万元提高到5万元。').map((f) => f.replace(/\/.*/, ''))).toEqual([
      '个体工商户增值税起征点=2万元',
      '个体工商户增值税起征点=5万元',
    ])
  })
  it('`由低谷时的`, `从最高峰的`: the first level is undated, so it is flagged; the second is the year\'s', () => {
    expect(review('全市工业产能利用率由低谷时的68%提高到85%。')).toEqual(['工业产能利用率=68%/low', '工业产能利用率=85%/high'])
    expect(review('全市外贸依存度从最高峰的120.5%下降到64.2%。')).toEqual(['外贸依存度=120.5%/low', '外贸依存度=64.2%/high'])
  })
})
