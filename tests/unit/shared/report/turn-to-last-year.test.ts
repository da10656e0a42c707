import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { turnToLastYear } from '../../../../src-shared/report/period'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.value, m.period])

describe('a five-year review that turns to the year just past in the middle of a paragraph', () => {
  const review = [
    '——2022年1月10日在某市第九届人民代表大会第一次会议上',
    '各位代表：',
    '一、过去五年工作回顾',
    '五年来，全市地区生产总值年均增长6.1%，新建学校40所。',
    '各位代表，五年的成绩来之不易，值得珍惜。刚刚过去的一年，全市地区生产总值增长6%，一般公共预算收入增长8%。',
    '产业加快升级。新增规上工业企业26户，新建示范基地3个。',
    '二、2022年工作安排',
    '地区生产总值增长6%左右。',
  ].join('\n')

  it('dates the paragraphs after the turn to that year, and those before it to the five years', () => {
    expect(periods(review)).toEqual([
      [6.1, '2017-2021'],
      [40, '2017-2021'],
      [6, '2021'],
      [8, '2021'],
      [26, '2021'],
      [3, '2021'],
      [6, '2022 target'],
    ])
  })

  it('hands on only a turn to the year before the report’s, written as 一年 or as that year', () => {
    const line = '各位代表，五年来成绩来之不易。刚刚过去的2021年，全市…增长6%。'
    expect(turnToLastYear(line, 0, line.length, 2022)).toBe('2021')
    expect(turnToLastYear(line, 0, line.length, 2023)).toBeUndefined()
    const opening = '刚刚过去的一年，全市…增长6%。'
    // (At the paragraph's head it is the head's time, read as such elsewhere.)
    expect(turnToLastYear(opening, 0, opening.length, 2022)).toBeUndefined()
  })
})
