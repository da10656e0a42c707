import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { matchHeading } from '../../../../src-shared/report/sections'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import { reportYearOf } from '../../../../src-shared/report/report-identity'

/** A report pasted without its title, each part's bold title run into its first paragraph with only a space. */
const RUN_IN = [
  '各位代表：',
  '',
  '现在，我代表市人民政府向大会报告工作，请予审议。',
  '',
  '一、2011年工作回顾 过去一年，面对复杂多变的形势，全市地区生产总值达到820亿元，增长12.5%；地方财政一般预算收入56亿元，增长21%。',
  '',
  '二、2012年工作安排 今年经济社会发展的主要预期目标是：地区生产总值增长11%左右，城镇居民人均可支配收入增长12%。',
  '',
  '三、加强政府自身建设 我们要坚持依法行政，建设人民满意的服务型政府，切实做到权为民所用、情为民所系、利为民所谋。',
].join('\n')

const headingOf = (line: string) => {
  const norm = normalizeForAnalysis(line)
  const m = matchHeading(norm, 0, norm.length)
  return m ? { title: norm.slice(m.titleStart, m.titleEnd), body: norm.slice(m.bodyStart ?? m.titleEnd).slice(0, 4) } : null
}

describe('a top heading run into its first paragraph with a space', () => {
  it('reads the words before the space as the title and the rest as its paragraph', () => {
    expect(headingOf(RUN_IN.split('\n')[4] as string)).toEqual({ title: '2011年工作回顾', body: '过去一年' })
    expect(headingOf(RUN_IN.split('\n')[8] as string)).toEqual({ title: '加强政府自身建设', body: '我们要坚' })
  })

  it('is no heading when the words before the space are a sentence, too few, or the paragraph after is short', () => {
    expect(headingOf('一、今年全市经济运行总体平稳；增速回升 过去一年，全市地区生产总值达到820亿元，增长12.5%。')).toBeNull()
    expect(headingOf('一、回顾 过去一年，面对复杂多变的形势，全市地区生产总值达到820亿元，增长12.5%，财政收入增长21%。')).toBeNull()
    expect(headingOf('一、2011年工作回顾 过去一年，增长12.5%。')).toBeNull()
  })

  it('dates a report without a title by its first run-in heading', () => {
    expect(reportYearOf({ title: '', text: RUN_IN, headings: [] })).toBe(2012)
  })

  it('builds the parts, and dates the review to the year before and the goals to the year', () => {
    const a = analyzeReportText(RUN_IN)
    expect(a.year).toBe(2012)
    expect(a.sections.map((s) => s.title)).toEqual(['2011年工作回顾', '2012年工作安排', '加强政府自身建设'])
    const gdp = a.metrics.filter((m) => m.label.endsWith('生产总值')).map((m) => [m.value, m.unit, m.period])
    expect(gdp).toEqual([
      [820, '亿元', '2011'],
      [12.5, '%', '2011'],
      [11, '%', '2012 target'],
    ])
  })

  it('reads a year’s review or plan run into its paragraph with nothing between, where the paragraph opens on a time', () => {
    expect(headingOf('一、2013年工作回顾2013年，面对复杂多变的国内外经济形势，全市经济平稳较快发展。')).toEqual({ title: '2013年工作回顾', body: '2013' })
    expect(headingOf('二、2014年工作安排今年，是全面贯彻落实党的十八届三中全会精神、全面深化改革的开局之年，做好今年的工作意义重大。')).toEqual({ title: '2014年工作安排', body: '今年,是' })
    expect(headingOf('一、2022年工作回顾过去的一年，极不平凡、极不容易，我们统筹疫情防控和经济社会发展。')?.title).toBe('2022年工作回顾')
    // A sentence that merely opens with a year's work is no heading.
    expect(headingOf('一、2013年工作回顾显示，全市经济平稳较快发展，各项事业全面进步，人民生活持续改善。')).toBeNull()
  })
})
