import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'

describe('a year spaced from its 年, as texts converted from PDF write it', () => {
  it('normalises `2015 年` to `2015年 `, keeping the length; other numbers before 年 stay', () => {
    expect(normalizeForAnalysis('2015 年，全市')).toBe('2015年 ,全市')
    expect(normalizeForAnalysis('达到 12015 年')).toBe('达到 12015 年')
    expect(normalizeForAnalysis('增长 3.2015 年')).toBe('增长 3.2015 年')
    expect(normalizeForAnalysis('用了 15 年')).toBe('用了 15 年')
  })
  it('dates the paragraph it opens in a part on five years', () => {
    const text =
      '——2016年1月20日在某州第十三届人民代表大会第五次会议上\n\n各位代表：\n\n一、“十二五”经济社会发展成就显著\n\n' +
      '2015 年，全州生产总值 860 亿元，增长 9.5% 。\n\n五年来，全州生产总值年均增长 11.2% 。\n\n二、2016 年工作安排\n\n生产总值增长 9% 左右。\n'
    const figures = analyzeReportText(text).metrics.map((m) => `${m.value}${m.unit}@${m.period}/${m.qualifier ?? '-'}`)
    expect(figures).toEqual(['860亿元@2015/-', '9.5%@2015/-', '11.2%@2011-2015/年均', '9%@2016 target/左右'])
  })
})
