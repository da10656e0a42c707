import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { matchHeading } from '../../../../src-shared/report/sections'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'

const isHeading = (line: string): boolean => {
  const norm = normalizeForAnalysis(line)
  return matchHeading(norm, 0, norm.length)?.level === 1
}

describe('a top heading longer than a line of forty characters', () => {
  it('is one when no stop of a sentence is in it', () => {
    expect(isHeading('一、回顾2024年，我们迎难而上、攻坚克难，在转型发展的道路上迈出了坚实的一步又一步')).toBe(true)
    expect(isHeading('二、聚焦产业、城市、民生“三大领域”持续发力，全力推动发展更有效率、更可持续、更加安全')).toBe(true)
  })

  it('is not when it holds a sentence, or runs past a heading’s length', () => {
    expect(isHeading('一、全年地区生产总值增长5.2%，固定资产投资增长6.1%，社会消费品零售总额增长4.8%；外贸稳中有进。')).toBe(false)
    expect(isHeading('一、要坚持稳中求进：把稳增长放在更加突出的位置，推动经济运行持续向好，努力实现质的有效提升和量的合理增长')).toBe(false)
    expect(isHeading('一、' + '推动经济持续回升向好，'.repeat(7))).toBe(false)
  })

  it('dates the plan part it opens: its goals are the plan year’s, not the review year’s', () => {
    const text = [
      '某市政府工作报告',
      '——2025年1月8日在某市第十届人民代表大会第四次会议上',
      '',
      '一、回顾2024年，我们迎难而上、攻坚克难，在转型发展的道路上迈出了坚实的一步又一步',
      '',
      '全市地区生产总值增长5.2%。',
      '',
      '二、奋进2025年，我们要锚定目标、真抓实干，奋力谱写高质量发展的崭新篇章更加精彩',
      '',
      '全年城镇新增就业8000人以上。',
    ].join('\n')
    const analysis = analyzeReportText(text)
    expect(analysis.sections.map((s) => s.number)).toEqual(['一、', '二、'])
    expect(analysis.metrics.map((m) => `${m.label}=${m.value}@${m.period}/${m.confidence.level}`)).toEqual([
      '地区生产总值=5.2@2024/high',
      '城镇新增就业=8000@2025 target/high',
    ])
  })
})
