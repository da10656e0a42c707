import { describe, expect, it } from 'vitest'
import { figureText } from '../../../../src-shared/report/figure-text'
import { figureFromMetric } from '../../../../src-shared/briefing/from-report'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { cityReport } from './figures'

const m = (value: number, unit: string, more: Partial<Parameters<typeof figureText>[0]> = {}) =>
  figureText({ value, unit, qualifier: null, high: null, written: null, ...more })

describe('figureText: a figure as the metric table writes it', () => {
  it('writes bounds, ranges, averages and converted words', () => {
    expect(m(50, '%', { qualifier: '超' })).toBe('超50%')
    expect(m(4.5, '%', { high: 5 })).toBe('4.5—5%')
    expect(m(5, '%', { qualifier: '以上', average: true })).toBe('年均5%以上')
    expect(m(2, '倍', { written: '翻一番' })).toBe('2倍（翻一番）')
    expect(m(2, '位', { written: '倒数第2位' })).toBe('倒数第2位')
  })
  it('writes a gap with what it is to, the direction in its words', () => {
    expect(m(0.2, '个百分点', { gap: '高于全国' })).toBe('高于全国0.2个百分点')
    expect(m(-0.4, '个百分点', { gap: '低于全省' })).toBe('低于全省0.4个百分点')
    expect(m(-0.4, '个百分点')).toBe('-0.4个百分点')
  })
})

describe('a gap on its way to a slide', () => {
  it('keeps its comparison from the text to the slide figure', () => {
    const { metrics } = analyzeReportText(cityReport('地区生产总值增长5.6%，高于全国0.4个百分点。'))
    const gap = metrics.find((x) => x.kind === 'change')
    expect(gap?.gap).toBe('高于全国')
    const report = { metrics } as unknown as Parameters<typeof figureFromMetric>[0]
    expect(figureFromMetric(report, gap!, null).gap).toBe('高于全国')
    expect(figureFromMetric(report, metrics[0]!, null).gap).toBeUndefined()
  })
})
