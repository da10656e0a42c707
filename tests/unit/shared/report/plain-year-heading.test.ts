import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { reportYearOf } from '../../../../src-shared/report/report-identity'

const noHead = (text: string, headings: string[]) => reportYearOf({ title: '', text, headings })

describe('a heading naming a year and only work, after a review, is the year ahead', () => {
  it('dates a report pasted without its head by `2013年的工作` after `过去五年工作回顾`', () => {
    expect(noHead('各位代表：', ['过去五年工作回顾', '2013年的工作', '加强政府自身建设'])).toBe(2013)
    expect(noHead('各位代表：', ['本届政府工作回顾', '2018年政府工作'])).toBe(2018)
  })

  it('reads nothing from such a heading when it comes first, or after no review', () => {
    expect(noHead('各位代表：', ['2013年的工作', '加强政府自身建设'])).toBeNull()
    expect(noHead('各位代表：', ['坚定信心', '2013年的工作'])).toBeNull()
  })

  it('then dates the five-year review and the year’s goals', () => {
    const text = [
      '某省省长 李某',
      '',
      '各位代表：',
      '',
      '一、过去五年工作回顾',
      '',
      '五年来，全省生产总值年均增长12%，城镇化率由31%提高到38%。',
      '',
      '二、2013年的工作',
      '',
      '全省生产总值增长12%左右。',
    ].join('\n')
    const a = analyzeReportText(text)
    expect(a.year).toBe(2013)
    expect(a.metrics.map((m) => [m.label, m.value, m.period])).toEqual([
      ['生产总值', 12, '2008-2012'],
      ['城镇化率', 31, '2007'],
      ['城镇化率', 38, '2012'],
      ['生产总值', 12, '2013 target'],
    ])
  })
})
