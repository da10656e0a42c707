import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { titlePeriod } from '../../../../src-shared/report/period'
import { reportYearOf } from '../../../../src-shared/report/report-identity'

const byHeadings = (...headings: string[]) => reportYearOf({ title: '', text: '各位代表：', headings })

describe('headings that date a report without a title or a date line', () => {
  it('reads a review of a plan’s opening year as that year’s, not the plan’s five', () => {
    expect(byHeadings('“十四五”开局起步之年的工作回顾', '今年政府工作的主要任务')).toBe(2022)
    expect(byHeadings('“十三五”开局之年工作回顾')).toBe(2017)
    // The whole plan reviewed is still the year after its end.
    expect(byHeadings('“十四五”时期工作回顾')).toBe(2026)
    expect(titlePeriod('“十四五”开局起步之年的工作回顾', 1, 2022)).toBe('2021')
    expect(titlePeriod('“十四五”时期工作回顾', 1, 2026)).toBe('2021-2025')
  })

  it('reads the work done and its results (`主要工作和成效`) as a review, and a plan to bring results as none', () => {
    expect(byHeadings('2016年主要工作和成效', '2017年目标任务与重点')).toBe(2017)
    expect(byHeadings('过去五年主要工作成效', '2018年工作安排')).toBe(2018)
    expect(titlePeriod('推动高质量发展取得新成效', 1, 2024)).toBeUndefined()
  })

  it('reads goals reported on (`目标任务完成情况`, `计划执行情况`) as a review, and one joined to another review as two times', () => {
    expect(titlePeriod('十二届人大一次会议确定的目标任务完成情况', 1, 2014)).toBe('2013')
    expect(titlePeriod('2013年国民经济和社会发展计划执行情况', 1, 2014)).toBe('2013')
    expect(titlePeriod('2013年计划执行情况和2014年计划草案', 1, 2014)).toBe('2014 target')
    // The year's tasks and five years reviewed in one title: no one period dates the part.
    expect(titlePeriod('五次会议确定任务的完成情况和五年工作回顾', 1, 2013)).toBeUndefined()
  })

  it('takes `YYYY年的主要工作` followed by a plan for the next year as the work done', () => {
    expect(byHeadings('2009年的主要工作', '2010年工作的总体要求和主要目标', '2010年主要工作任务')).toBe(2010)
    expect(byHeadings('2010年的主要工作')).toBe(2010)
  })

  it('then dates the review to the year before the report and the goals to the report’s year', () => {
    const a = analyzeReportText(
      [
        '各位代表：',
        '一、2016年主要工作和成效',
        '全省生产总值增长7.5%，一般公共预算收入增长9.8%。',
        '二、2017年目标任务与重点',
        '全省生产总值增长7%以上。',
      ].join('\n'),
    )
    expect(a.year).toBe(2017)
    expect(a.metrics.map((m) => [m.label, m.value, m.period])).toEqual([
      ['生产总值', 7.5, '2016'],
      ['一般公共预算收入', 9.8, '2016'],
      ['生产总值', 7, '2017 target'],
    ])
  })
})
