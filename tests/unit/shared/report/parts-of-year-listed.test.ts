import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** `label=value+unit/confidence` of a review of 2023 (a report of 2024). */
const review = (paragraph: string) =>
  analyzeReportText(`2024年政府工作报告\n一、2023年工作回顾\n${paragraph}\n`).metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}/${m.confidence.level}`,
  )

describe('growths of one subject paired with a list of parts of the year', () => {
  it('a list of times opening its clause, joined by 和 too, is of the standard indicator the clause before opens with', () => {
    expect(review('地区生产总值增速逐季回升，一季度、上半年和全年分别增长3.1%、4.2%、5.6%，总量达到5120亿元。')).toEqual([
      '地区生产总值=3.1%/low',
      '地区生产总值=4.2%/low',
      '地区生产总值=5.6%/low',
      '地区生产总值=5120亿元/high',
    ])
  })
  it('each is of the subject before the list, flagged: a quarter is no result of the year', () => {
    expect(review('全市规模以上工业增加值一季度、上半年、前三季度分别增长4.1%、5.3%、6%，全年增长6.4%。')).toEqual([
      '规模以上工业增加值=4.1%/low',
      '规模以上工业增加值=5.3%/low',
      '规模以上工业增加值=6%/low',
      '规模以上工业增加值=6.4%/high',
    ])
  })
  it('the whole year after the parts, in the list or after it, is the subject\'s, not the last quarter\'s', () => {
    const listed = review('社会消费品零售总额上半年、前三季度、全年分别增长3.2%、4.5%、5.1%。')
    expect(listed.map((f) => f.split('=')[0])).toEqual(['社会消费品零售总额', '社会消费品零售总额', '社会消费品零售总额'])
    expect(listed[0]).toMatch(/\/low$/)
    expect(listed[1]).toMatch(/\/low$/)
  })
  it('a list of places is no list of times: each stays its own', () => {
    expect(review('城镇、农村居民人均可支配收入分别增长5.2%、7.1%。').map((f) => f.split('=')[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
  })
})
