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

  it('reads a part named for a time without a number, run into its paragraph with a space, over its numbered sections', () => {
    const text = [
      '各位代表：',
      '现在，我代表自治区人民政府，向大会作政府工作报告，请予审议。',
      '2011年工作回顾 2011年是“十二五”开局之年，全区地区生产总值增长12.7%，各项事业全面进步。',
      '一、突出安居乐业，农牧民生产生活条件持续改善',
      '农牧民人均纯收入增长18.5%。',
      '二、狠抓投资消费，经济增长动力更加强劲',
      '全社会固定资产投资增长18.3%。',
      '2012年工作任务 今年是全面实施“十二五”规划的重要一年，主要预期目标是：地区生产总值增长12%以上。',
      '一、大力推进经济建设，保持跨越式发展良好态势',
      '全社会固定资产投资增长18%以上。',
    ].join('\n')
    const a = analyzeReportText(text)
    expect(a.sections.map((s) => [s.title, s.children.length])).toEqual([
      ['2011年工作回顾', 2],
      ['2012年工作任务', 1],
    ])
    expect(a.sections[0]?.paragraphs[0]?.text.startsWith('2011年是')).toBe(true)
    expect(a.metrics.map((m) => [m.value, m.period])).toEqual([
      [12.7, '2011'],
      [18.5, '2011'],
      [18.3, '2011'],
      [12, '2012 target'],
      [18, '2012 target'],
    ])
  })

  it('leaves a paragraph opening with a time and a space a paragraph when the words before the space are no part title', () => {
    const a = analyzeReportText(['各位代表：', '一、2023年工作回顾', '2023年 全市地区生产总值增长5.2%，一般公共预算收入增长6.1%，各项事业全面进步。'].join('\n'))
    expect(a.sections.map((s) => s.title)).toEqual(['2023年工作回顾'])
  })
})
