import { describe, expect, it } from 'vitest'
import { targetSeriesNames, buildChartOption, CHART_FONT_SIZES, svgSafeFontFamily } from '../../../../src-shared/charts/chart-option'
import { THEMES } from '../../../../src-shared/slides/themes'

const DEFAULT_FONT_FAMILY = THEMES.red.fonts.body.css
import { CHART_TYPES } from '../../../../src-shared/schemas/briefing'
import { FIGURES, specFor } from './figures'

type Json = Record<string, unknown>
const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : v ? [v as Json] : [])

/** Every object in the option that has a fontSize: the text styles. */
function textStyles(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => textStyles(v, out))
  else if (value && typeof value === 'object') {
    const o = value as Json
    if ('fontSize' in o) out.push(o)
    Object.values(o).forEach((v) => textStyles(v, out))
  }
  return out
}

/** Every literal label text in the option. */
function labelTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => labelTexts(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Json)) {
      if ((k === 'formatter' || k === 'name') && typeof v === 'string') out.push(v)
      else labelTexts(v, out)
    }
  }
  return out
}

describe('buildChartOption', () => {
  it('is pure and plain data for every type (JSON round-trips, no functions)', () => {
    for (const type of CHART_TYPES) {
      const spec = specFor(type)
      const copy = structuredClone(spec)
      const option = buildChartOption(spec)
      expect(spec).toEqual(copy)
      expect(JSON.parse(JSON.stringify(option))).toEqual(option)
      expect(buildChartOption(spec)).toEqual(option)
    }
  })

  it('every text is SSR-safe (transparent border, width 0), in the official font, readable', () => {
    for (const type of CHART_TYPES) {
      const option = buildChartOption(specFor(type))
      const styles = textStyles(option)
      expect(styles.length).toBeGreaterThan(0)
      for (const s of styles) {
        expect(s.textBorderColor, type).toBe('transparent')
        expect(s.textBorderWidth, type).toBe(0)
        expect(s.fontFamily, type).toBe(svgSafeFontFamily(DEFAULT_FONT_FAMILY))
        expect(s.fontSize as number, type).toBeGreaterThanOrEqual(22)
      }
    }
    expect(CHART_FONT_SIZES.axisLabel).toBeGreaterThanOrEqual(24)
    expect(CHART_FONT_SIZES.valueLabel).toBeGreaterThanOrEqual(26)
    expect(textStyles(buildChartOption(specFor('bar')), []).some((s) => s.fontFamily === 'X')).toBe(false)
    expect(textStyles(buildChartOption(specFor('bar'), { fontFamily: 'X' })).every((s) => s.fontFamily === 'X')).toBe(true)
    expect(svgSafeFontFamily(DEFAULT_FONT_FAMILY)).toMatch(/^'Noto Sans SC', 'Microsoft YaHei'/)
  })

  it('bar: one series, values in order, labels carry each figure’s unit (mixed units)', () => {
    const o = buildChartOption(specFor('bar'))
    const [series] = asArray(o.series)
    expect(series?.type).toBe('bar')
    const data = asArray(series?.data)
    expect(data.map((d) => d.value)).toEqual([3.3, 3.9, 921, -11.6])
    expect(data.map((d) => (d.label as Json).formatter)).toEqual(['3.3%', '3.9%', '921亿元', '-11.6%'])
    // Rises and a fall: the fall's label sits on the zero side, clear of the category labels below the axis.
    expect((data[3]?.label as Json).position).toBe('top')
    const axes = [...asArray(o.xAxis), ...asArray(o.yAxis)]
    const category = axes.find((a) => a.type === 'category')
    expect(category?.data).toEqual(FIGURES.map((f) => f.label))
    // Mixed units: the value axis shows no unitless scale.
    expect((axes.find((a) => a.type === 'value')?.axisLabel as Json).show).toBe(false)
    expect(o.color).toEqual([...THEMES.red.chart.series])
    // Each theme's palette colours the same chart: one palette, the theme's.
    for (const theme of Object.values(THEMES)) {
      const themed = buildChartOption(specFor('bar'), { colors: theme.chart })
      expect(themed.color).toEqual([...theme.chart.series])
      expect((asArray(asArray(themed.series)[0]?.data)[0]?.itemStyle as Json).color).toBe(theme.chart.actual)
    }
  })

  it('bar: one unit puts the unit on the axis; many long labels lay bars on their side', () => {
    const same = { type: 'bar' as const, title: '', figures: FIGURES.filter((f) => f.unit === '%') }
    const o = buildChartOption(same)
    const value = asArray(o.yAxis)[0]
    expect((value?.axisLabel as Json).formatter).toBe('{value}%')
    const many = { ...same, figures: Array.from({ length: 8 }, (_, i) => ({ ...FIGURES[1]!, label: `第${i}项城镇居民人均可支配收入` })) }
    const h = buildChartOption(many)
    expect(asArray(h.yAxis)[0]?.type).toBe('category')
    expect(asArray(h.xAxis)[0]?.type).toBe('value')
  })

  it('line: one series with unit labels', () => {
    const o = buildChartOption(specFor('line'))
    const [series] = asArray(o.series)
    expect(series?.type).toBe('line')
    expect(asArray(series?.data).map((d) => (d.label as Json).formatter)).toEqual(['3.3%', '3.9%', '-11.6%'])
    // One indicator over several years: the categories are the periods.
    const years = buildChartOption({
      type: 'line',
      title: '',
      figures: [2021, 2022, 2023].map((y, i) => ({ label: '地区生产总值', value: [7.6, 2.1, 3.3][i]!, unit: '%', qualifier: null, period: String(y), target: null })),
    })
    expect(asArray(years.xAxis)[0]?.data).toEqual(['2021年', '2022年', '2023年'])
  })

  it('pie: slices named by label with value and unit; a single share shows the rest of the whole', () => {
    const o = buildChartOption(specFor('pie'))
    const [series] = asArray(o.series)
    expect(series?.type).toBe('pie')
    const data = asArray(series?.data)
    expect(data.map((d) => d.value)).toEqual([69, 31])
    expect((data[0]?.label as Json).formatter).toBe('主导产业占规上工业比重\n69%')
    expect((data[1]?.label as Json).show).toBe(false)
  })

  it('gauge: one figure, completion against its target', () => {
    const o = buildChartOption(specFor('gauge'))
    const [series] = asArray(o.series)
    expect(series?.type).toBe('gauge')
    expect(series?.max).toBe(5.5)
    expect(asArray(series?.data)).toEqual([{ value: 3.3, name: '地区生产总值（目标 5.5%以上）' }])
    expect((series?.detail as Json).formatter).toBe('3.3%')
    const share = buildChartOption({ type: 'gauge', title: '', figures: [{ label: '玉柴本地配套率', value: 48, unit: '%', qualifier: null, period: '2023', target: null }] })
    expect(asArray(share.series)[0]?.max).toBe(100)
  })

  it('radar: an axis per figure, named with value and unit, all on one scale; a target series when goals exist', () => {
    const o = buildChartOption(specFor('radar'))
    const radar = asArray(o.radar)[0]
    const indicator = asArray(radar?.indicator)
    const names = indicator.map((i) => i.name as string)
    expect(names[0]).toBe('地区生产总值\n3.3%（目标5.5%以上）')
    expect(names[2]).toBe('“三公两费”压减\n-11.6%')
    // One scale: a longer spoke is a larger figure.
    expect(new Set(indicator.map((i) => i.max)).size).toBe(1)
    expect(new Set(indicator.map((i) => i.min)).size).toBe(1)
    const [series] = asArray(o.series)
    // Goals on only some axes: no target polygon.
    expect(asArray(series?.data).map((d) => d.name)).toEqual(['实际'])
    expect(asArray(series?.data)[0]?.value).toEqual([3.3, 3.9, -11.6])
    const goal = (value: number) => ({ value, unit: '家', qualifier: null, period: '2024 target' })
    const all = buildChartOption({
      type: 'radar',
      title: '',
      figures: [
        { label: '新增规上工业企业', value: 108, unit: '家', qualifier: null, period: '2023', target: goal(140) },
        { label: '新增高新技术企业', value: 35, unit: '家', qualifier: null, period: '2023', target: goal(30) },
        { label: '新增专精特新企业', value: 12, unit: '家', qualifier: null, period: '2023', target: goal(20) },
      ],
    })
    const allData = asArray(asArray(all.series)[0]?.data)
    expect(allData.map((d) => [d.name, d.value])).toEqual([
      ['实际', [108, 35, 12]],
      ['目标', [140, 30, 20]],
    ])
  })

  it('target: two series, named with their years, of the figures with targets, labels with qualifiers', () => {
    const spec = { ...specFor('target'), figures: [...specFor('target').figures, FIGURES[1]!] }
    const o = buildChartOption(spec)
    const series = asArray(o.series)
    // 2023's results beside 2024's targets: the legend says whose year each bar is.
    expect(series.map((s) => s.name)).toEqual(['2023年实际', '2024年预期目标'])
    expect(targetSeriesNames([{ ...FIGURES[0]!, target: { ...FIGURES[0]!.target!, period: '2023 target' } }])).toEqual({ actual: '2023年实际', target: '目标' })
    expect(targetSeriesNames([{ ...FIGURES[0]!, period: null }])).toEqual({ actual: '实际', target: '2024年预期目标' })
    expect(asArray(o.xAxis)[0]?.data).toEqual(['地区生产总值', '新增规上工业企业'])
    expect(asArray(series[0]?.data).map((d) => [d.value, (d.label as Json).formatter])).toEqual([
      [3.3, '3.3%'],
      [108, '108家'],
    ])
    expect(asArray(series[1]?.data).map((d) => [d.value, (d.label as Json).formatter])).toEqual([
      [5.5, '5.5%以上'],
      [140, '140家'],
    ])
    expect(labelTexts(o)).toContain('5.5%以上')
  })

  it('puts the label of a fall among rises on the zero side, and of a chart of falls at the bars’ ends', () => {
    const fall = (label: string, value: number) => ({ label, value, unit: '%', qualifier: null, period: '2023', target: null })
    const long = '细颗粒物（PM2.5）平均浓度与单位地区生产总值能耗'
    const positions = (figures: ReturnType<typeof fall>[]) => {
      const o = buildChartOption({ type: 'bar', title: '', figures })
      const horizontal = asArray(o.yAxis)[0]?.type === 'category'
      return { horizontal, at: asArray(asArray(o.series)[0]?.data).map((d) => (d.label as Json).position) }
    }
    const rises = ['地区生产总值', '规上工业增加值', '固定资产投资', '一般公共预算收入', '居民收入'].map((l, i) => fall(l, 7 + i))
    // Long names lay the bars across: past a long fall's end its label ran into the names.
    expect(positions([...rises, fall(long, -9.1)])).toEqual({ horizontal: true, at: ['right', 'right', 'right', 'right', 'right', 'right'] })
    expect(positions([fall('地区生产总值', 7.5), fall('能耗', -9.1)])).toEqual({ horizontal: false, at: ['top', 'top'] })
    const falls = rises.map((f) => ({ ...f, value: -f.value }))
    expect(positions([...falls, fall(long, -9.1)])).toEqual({ horizontal: true, at: ['left', 'left', 'left', 'left', 'left', 'left'] })
    expect(positions([fall('煤耗', -3), fall('能耗', -9.1)])).toEqual({ horizontal: false, at: ['bottom', 'bottom'] })
  })

  it('target: in a crowded chart a bound goes on a line under its value, and a label that fits stays one line', () => {
    const pair = (label: string, value: number, goal: number, qualifier: string | null) => ({
      label, value, unit: '%', qualifier: null, period: '2023', target: { value: goal, unit: '%', qualifier, period: '2024 target' },
    })
    const crowded = ['地区生产总值', '规上工业增加值', '固定资产投资', '一般公共预算收入', '社会消费品零售总额', '城镇居民收入', '农村居民收入']
    const o = buildChartOption({ type: 'target', title: '', figures: crowded.map((l, i) => pair(l, 7 + i / 10, 6.5, i % 2 ? '以上' : '左右')) })
    const goals = asArray(asArray(o.series)[1]?.data).map((d) => (d.label as Json).formatter)
    expect(goals.slice(0, 2)).toEqual(['6.5%\n左右', '6.5%\n以上'])
    expect(asArray(asArray(o.series)[0]?.data).map((d) => (d.label as Json).formatter)[0]).toBe('7%')
    const roomy = buildChartOption({ type: 'target', title: '', figures: [pair('地区生产总值', 7.5, 6.5, '左右')] })
    expect(asArray(asArray(roomy.series)[1]?.data)[0]?.label).toMatchObject({ formatter: '6.5%左右', position: 'top' })
  })

  it('print: no animation, white paper; screen: animation', () => {
    for (const type of CHART_TYPES) {
      expect(buildChartOption(specFor(type), { forPrint: true }).animation).toBe(false)
      expect(buildChartOption(specFor(type), { forPrint: true }).backgroundColor).toBe(THEMES.red.chart.paper)
      expect(buildChartOption(specFor(type)).animation).toBe(true)
    }
  })

  it('no figures: a quiet “暂无数据”', () => {
    const o = buildChartOption({ type: 'bar', title: '', figures: [] })
    expect(asArray(o.title)[0]?.text).toBe('暂无数据')
    expect(o.series).toBeUndefined()
  })
})
