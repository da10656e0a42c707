import { describe, expect, it } from 'vitest'
import type { ChartSpec, SlideFigure } from '../../../../src-shared/schemas/briefing'
import { buildChartOption } from '../../../../src-shared/charts/chart-option'
import { chartFitness, chartProblemSentence } from '../../../../src-shared/charts/fitness'
import { FIGURES, specFor } from './figures'
import { CHART_TYPES } from '../../../../src-shared/schemas/briefing'

const fig = (label: string, value: number, unit: string, target: number | null = null): SlideFigure => ({
  label,
  value,
  unit,
  qualifier: null,
  period: '2023',
  target: target === null ? null : { value: target, unit, qualifier: null, period: '2024 target' },
})
const spec = (type: ChartSpec['type'], figures: SlideFigure[]): ChartSpec => ({ type, title: '主要指标', figures })
type Json = Record<string, unknown>
const titles = (option: ReturnType<typeof buildChartOption>) => (Array.isArray(option.title) ? option.title : [option.title]).map((t) => (t as Json | undefined)?.text)

describe('chartFitness', () => {
  it('accepts every chart type with figures that suit it', () => {
    for (const type of CHART_TYPES) {
      const fitness = chartFitness(specFor(type))
      expect(fitness.refused, type).toBe(false)
    }
    expect(chartFitness(spec('bar', [])).problems).toEqual([])
  })

  it('refuses a radar of mixed units (921亿元 beside 6.5%), and draws the reason instead of a shape', () => {
    const mixed = spec('radar', [fig('地区生产总值', 921, '亿元'), fig('增长', 6.5, '%'), fig('一般公共预算收入', 110, '亿元')])
    const fitness = chartFitness(mixed)
    expect(fitness).toMatchObject({ refused: true, problems: [{ kind: 'mixed-units', units: ['亿元', '%'] }] })
    const option = buildChartOption(mixed)
    expect(option.radar).toBeUndefined()
    expect(option.series).toBeUndefined()
    expect(titles(option)).toEqual(['主要指标', chartProblemSentence(fitness.problems[0]!)])
    expect(chartProblemSentence(fitness.problems[0]!)).toContain('单位不同（亿元、%）')
  })

  it('draws 921亿 and 110亿 on one radar at radii in proportion, not both at the rim', () => {
    const option = buildChartOption(spec('radar', [fig('地区生产总值', 921, '亿元'), fig('一般公共预算收入', 110, '亿元'), fig('固定资产投资', 480, '亿元')]))
    const indicator = (Array.isArray(option.radar) ? option.radar[0] : option.radar) as { indicator: { max: number }[] }
    const max = indicator.indicator.map((i) => i.max)
    expect(new Set(max).size).toBe(1)
    expect(921 / max[0]!).toBeGreaterThan(0.75)
    expect(110 / max[1]!).toBeLessThan(0.15)
  })

  it('a gauge given four figures shows the first and says so; a gauge needs a share or a target', () => {
    const four = spec('gauge', FIGURES)
    expect(chartFitness(four)).toMatchObject({
      refused: false,
      problems: [{ kind: 'gauge-extra-figures', shown: '地区生产总值', hidden: 3 }],
      suggestion: null,
    })
    expect(chartProblemSentence(chartFitness(four).problems[0]!)).toBe('仪表盘只显示一项指标（地区生产总值），其余 3 项没有显示。')
    expect(chartFitness(spec('gauge', [fig('研发投入强度', 2.4, '%')])).problems).toEqual([])
    expect(chartFitness(spec('gauge', [fig('地区生产总值', 921, '亿元')])).problems).toEqual([{ kind: 'gauge-no-scale', label: '地区生产总值' }])
    expect(chartFitness(spec('gauge', [fig('地区生产总值', 921, '亿元', 1000)])).problems).toEqual([])
    expect(chartFitness(spec('gauge', [fig('甲', 1, '%'), fig('乙', 2, '%')])).suggestion).toBe('bar')
  })

  it('a pie is refused for negative parts, mixed units, and percentages that exceed a whole', () => {
    expect(chartFitness(spec('pie', [fig('甲', 40, '%'), fig('乙', -5, '%')])).problems).toEqual([{ kind: 'pie-negative', labels: ['乙'] }])
    expect(chartFitness(spec('pie', [fig('甲', 40, '%'), fig('乙', 5, '亿元')])).refused).toBe(true)
    const over = chartFitness(spec('pie', [fig('城镇化率', 65, '%'), fig('森林覆盖率', 48, '%')]))
    expect(over).toMatchObject({ refused: true, problems: [{ kind: 'pie-over-whole', total: '113%' }], suggestion: 'bar' })
    expect(chartFitness(spec('pie', [fig('一产', 10, '%'), fig('二产', 40, '%'), fig('三产', 50, '%')])).refused).toBe(false)
  })

  it('a line through unlike quantities is refused; a bar of mixed units is drawn, labelled, with a note', () => {
    expect(chartFitness(spec('line', FIGURES)).refused).toBe(true)
    expect(chartFitness(spec('bar', FIGURES))).toMatchObject({ refused: false, problems: [{ kind: 'mixed-units' }] })
    expect(buildChartOption(spec('bar', FIGURES)).series).toBeDefined()
  })

  it('a radar of two figures and a target chart with figures lacking goals get notes', () => {
    expect(chartFitness(spec('radar', [fig('甲', 1, '%'), fig('乙', 2, '%')]))).toMatchObject({ refused: false, problems: [{ kind: 'radar-too-few', count: 2 }], suggestion: 'bar' })
    expect(chartFitness(spec('target', [fig('甲', 1, '%', 2), fig('乙', 2, '%')])).problems).toEqual([{ kind: 'target-missing', labels: ['乙'] }])
  })
})
