/**
 * The one function that turns a chart spec into an ECharts option. The slide editor, the show and the PDF
 * export all call it, so the chart on a slide and the chart in a handout are the same chart.
 *
 * The option is plain data (no formatter functions): every label is a literal string built here, so it
 * survives structured cloning, JSON and server-side SVG rendering alike.
 */
import type {
  BarSeriesOption,
  EChartsOption,
  GaugeSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  RadarSeriesOption,
} from 'echarts'
import type { ChartSpec, SlideFigure } from '../schemas/slide-parts'
import { DEFAULT_THEME, THEMES, type ChartColors } from '../slides/themes'
import { formatFigure, formatPeriod } from './format'
import { chartFitness, chartProblemSentence } from './fitness'
import { periodWords } from '../slides/figure-wording'
import { textWidth } from '../slides/text/measure'
import { parsePeriod } from '../report/period-format'

export interface ChartOptionOptions {
  /** Width of the chart area in logical slide pixels; default 1600. Used for layout, not for font sizes. */
  width?: number
  /** Height of the chart area in logical slide pixels; default 800. */
  height?: number
  fontFamily?: string
  /** The theme's chart colours; default those of the default theme. */
  colors?: ChartColors
  /** For the PDF: no animation, white background. */
  forPrint?: boolean
}

/** Font sizes in logical pixels, readable on a 1920×1080 slide seen from the back of a meeting room. */
export const CHART_FONT_SIZES = {
  title: 34,
  axisLabel: 26,
  valueLabel: 28,
  legend: 26,
  gaugeDetail: 64,
  gaugeTitle: 28,
} as const

const DEFAULT_WIDTH = 1600
const DEFAULT_HEIGHT = 800

interface Ctx {
  width: number
  height: number
  fontFamily: string
  colors: ChartColors
  forPrint: boolean
  titleHeight: number
}

/**
 * ECharts' SVG renderer writes the font family into a double-quoted style attribute without escaping, so
 * a family such as `"Noto Sans SC", …` makes the SVG malformed. Single quotes mean the same in CSS.
 */
export function svgSafeFontFamily(fontFamily: string): string {
  return fontFamily.replace(/"/g, "'")
}

/** Text style that stays visible in server-side SVG: no text border, no shadow halo. */
function textStyle(ctx: Ctx, fontSize: number, color: string = ctx.colors.text, bold = false) {
  return {
    fontFamily: ctx.fontFamily,
    fontSize,
    color,
    fontWeight: bold ? ('bold' as const) : ('normal' as const),
    textBorderColor: 'transparent',
    textBorderWidth: 0,
    textShadowBlur: 0,
    textShadowColor: 'transparent',
  }
}

/** ECharts string formatters treat `{…}` as a template; a literal label must not contain braces. */
function literal(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝')
}

function figureText(f: SlideFigure): string {
  return formatFigure(f.value, f.unit, f.qualifier)
}

function targetText(f: SlideFigure): string {
  return f.target ? formatFigure(f.target.value, f.target.unit, f.target.qualifier) : ''
}

/**
 * A value label for a slot narrower than it: its bound goes on a line of its own (`7.5%` over `左右`, `超` over
 * `50%`), so two bars side by side no longer write `7.5%7.5%左右` over each other. A label that fits stays one line.
 */
function fittedValueText(value: number, unit: string, qualifier: string | null, slotPx: number): string {
  const text = formatFigure(value, unit, qualifier)
  if (!qualifier || textWidth(text, CHART_FONT_SIZES.valueLabel, 'bold') <= slotPx) return text
  const bare = formatFigure(value, unit, null)
  if (text === `${bare}${qualifier}`) return `${bare}\n${qualifier}`
  if (text === `${qualifier}${bare}`) return `${qualifier}\n${bare}`
  return text
}

/**
 * Where a bar's value label goes: past the bar's end, except that in a chart of rises and falls a fall's label sits
 * on the zero side, in the half of its row or column no bar uses. Past the end of a long fall it ran into the category
 * labels (`-9.1%` written over `平均浓度`). In a chart of falls only, the end of the bar is the only free place.
 */
function barLabelPosition(value: number, horizontal: boolean, mixedSigns: boolean): 'left' | 'right' | 'top' | 'bottom' {
  if (value >= 0 || mixedSigns) return horizontal ? 'right' : 'top'
  return horizontal ? 'left' : 'bottom'
}

/** Do the values both rise above and fall below zero? */
function hasMixedSigns(values: readonly number[]): boolean {
  return values.some((v) => v < 0) && values.some((v) => v > 0)
}

/**
 * Category names: the figures' labels; when every figure has the same label (one indicator over several
 * years) the periods; when labels repeat, the label with its period.
 */
export function chartCategories(figures: readonly SlideFigure[]): string[] {
  const labels = figures.map((f) => f.label)
  const distinct = new Set(labels)
  if (figures.length > 1 && distinct.size === 1) return figures.map((f) => formatPeriod(f.period))
  if (distinct.size === labels.length) return labels
  return figures.map((f) => (labels.filter((l) => l === f.label).length > 1 ? `${f.label}（${formatPeriod(f.period)}）` : f.label))
}

function uniformUnit(figures: readonly SlideFigure[]): string | null {
  const units = new Set(figures.map((f) => f.unit))
  return units.size === 1 ? (figures[0]?.unit ?? null) : null
}

/** The category axis of bar, line and target charts: names wrap within their slot, never overlap. */
function categoryAxis(ctx: Ctx, categories: readonly string[], perCategory: number) {
  return {
    type: 'category' as const,
    data: categories.map(literal),
    axisTick: { show: false },
    axisLine: { show: true, lineStyle: { color: ctx.colors.axis, width: 2 } },
    axisLabel: {
      interval: 0,
      width: Math.max(CHART_FONT_SIZES.axisLabel * 2, Math.floor(perCategory - 16)),
      overflow: 'breakAll' as const,
      lineHeight: Math.round(CHART_FONT_SIZES.axisLabel * 1.25),
      ...textStyle(ctx, CHART_FONT_SIZES.axisLabel, ctx.colors.text),
    },
  }
}

function base(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const option: EChartsOption = {
    animation: !ctx.forPrint,
    backgroundColor: ctx.forPrint ? ctx.colors.paper : 'transparent',
    color: [...ctx.colors.series],
    textStyle: textStyle(ctx, CHART_FONT_SIZES.axisLabel),
    tooltip: ctx.forPrint ? { show: false } : { show: true, textStyle: textStyle(ctx, 22) },
  }
  if (spec.title.trim() !== '') {
    option.title = {
      text: literal(spec.title),
      left: 'center',
      top: 8,
      textStyle: textStyle(ctx, CHART_FONT_SIZES.title, ctx.colors.text, true),
    }
  }
  return option
}

function emptyOption(ctx: Ctx, spec: ChartSpec): EChartsOption {
  return {
    ...base(ctx, { ...spec, title: '' }),
    title: {
      text: spec.title.trim() !== '' ? `${literal(spec.title)}：暂无数据` : '暂无数据',
      left: 'center',
      top: 'middle',
      textStyle: textStyle(ctx, CHART_FONT_SIZES.title, ctx.colors.axis),
    },
  }
}

/** A chart its type cannot draw honestly (see fitness.ts): its title, and why in one sentence. */
function refusedOption(ctx: Ctx, spec: ChartSpec, reason: string): EChartsOption {
  const heading = base(ctx, spec).title
  const why = {
    text: literal(reason),
    left: 'center',
    top: 'middle',
    textStyle: {
      ...textStyle(ctx, CHART_FONT_SIZES.title, ctx.colors.muted),
      width: Math.round(ctx.width * 0.8),
      overflow: 'break' as const,
      lineHeight: Math.round(CHART_FONT_SIZES.title * 1.4),
    },
  }
  return { ...base(ctx, spec), title: heading ? [heading as object, why] : [why] }
}

/** How many lines a label needs at the axis font size within a given width. */
function linesNeeded(text: string, widthPx: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / fontSize))
  return Math.ceil([...text].length / perLine)
}

function valueAxisLabel(ctx: Ctx, unit: string | null) {
  return unit === null
    ? // Mixed units: the axis scale means nothing; every bar carries its own labelled value.
      { show: false }
    : { show: true, formatter: `{value}${literal(unit)}`, ...textStyle(ctx, CHART_FONT_SIZES.axisLabel, ctx.colors.muted) }
}

function buildBar(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const figures = spec.figures
  const categories = chartCategories(figures)
  const unit = uniformUnit(figures)
  const plotWidth = ctx.width - 160
  const perCategory = plotWidth / Math.max(1, figures.length)
  const maxLines = Math.max(...categories.map((c) => linesNeeded(c, perCategory - 16, CHART_FONT_SIZES.axisLabel)))
  const horizontal = maxLines > 2
  const labelWidth = horizontal
    ? Math.min(Math.max(...categories.map((c) => [...c].length)) * CHART_FONT_SIZES.axisLabel + 8, Math.round(ctx.width * 0.34))
    : Math.max(CHART_FONT_SIZES.axisLabel * 2, Math.floor(perCategory - 16))

  const mixedSigns = hasMixedSigns(figures.map((f) => f.value))
  const data: NonNullable<BarSeriesOption['data']> = figures.map((f) => ({
    value: f.value,
    itemStyle: { color: f.value < 0 ? ctx.colors.negative : ctx.colors.actual },
    label: {
      show: true,
      formatter: literal(horizontal ? figureText(f) : fittedValueText(f.value, f.unit, f.qualifier, perCategory - 8)),
      position: barLabelPosition(f.value, horizontal, mixedSigns),
      ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true),
    },
  }))
  const series: BarSeriesOption = {
    type: 'bar',
    name: literal(spec.title || '数值'),
    data,
    barMaxWidth: horizontal ? 56 : 120,
    label: { show: true, ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true) },
  }
  const categoryAxis = {
    type: 'category' as const,
    data: categories.map(literal),
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { show: true, lineStyle: { color: ctx.colors.axis, width: 2 } },
    axisLabel: {
      interval: 0,
      width: labelWidth,
      overflow: 'breakAll' as const,
      lineHeight: Math.round(CHART_FONT_SIZES.axisLabel * 1.25),
      ...textStyle(ctx, CHART_FONT_SIZES.axisLabel, ctx.colors.text),
    },
  }
  const valueAxis = {
    type: 'value' as const,
    axisLabel: valueAxisLabel(ctx, unit),
    splitLine: { show: unit !== null, lineStyle: { color: ctx.colors.grid } },
  }
  return {
    ...base(ctx, spec),
    grid: {
      left: horizontal ? 24 : 40,
      right: horizontal ? 140 : 40,
      top: ctx.titleHeight + 56,
      bottom: 24,
      containLabel: true,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [series],
  }
}

function buildLine(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const figures = spec.figures
  const categories = chartCategories(figures)
  const unit = uniformUnit(figures)
  const perCategory = (ctx.width - 160) / Math.max(1, figures.length)
  const data: NonNullable<LineSeriesOption['data']> = figures.map((f) => ({
    value: f.value,
    label: {
      show: true,
      formatter: literal(figureText(f)),
      position: f.value < 0 ? 'bottom' : 'top',
      ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true),
    },
  }))
  const series: LineSeriesOption = {
    type: 'line',
    name: literal(spec.title || '数值'),
    data,
    symbol: 'circle',
    symbolSize: 16,
    lineStyle: { width: 5, color: ctx.colors.actual },
    itemStyle: { color: ctx.colors.actual },
    label: { show: true, ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true) },
  }
  return {
    ...base(ctx, spec),
    grid: { left: 60, right: 60, top: ctx.titleHeight + 64, bottom: 24, containLabel: true },
    xAxis: { ...categoryAxis(ctx, categories, perCategory), boundaryGap: true },
    yAxis: { type: 'value', scale: false, axisLabel: valueAxisLabel(ctx, unit), splitLine: { show: unit !== null, lineStyle: { color: ctx.colors.grid } } },
    series: [series],
  }
}

function buildPie(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const figures = spec.figures
  const categories = chartCategories(figures)
  const data: NonNullable<PieSeriesOption['data']> = figures.map((f, i) => ({
    name: literal(categories[i] ?? f.label),
    value: Math.abs(f.value),
    itemStyle: { color: ctx.colors.series[i % ctx.colors.series.length] },
    label: {
      show: true,
      formatter: `${literal(categories[i] ?? f.label)}\n${literal(figureText(f))}`,
      ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true),
    },
  }))
  // One share of a whole: draw the rest of the whole, unlabelled, so the slice reads as a part of 100%.
  const only = figures[0]
  if (figures.length === 1 && only && only.unit === '%' && only.value > 0 && only.value < 100) {
    data.push({
      name: '其他',
      value: Number.parseFloat((100 - only.value).toPrecision(12)),
      itemStyle: { color: ctx.colors.track },
      label: { show: false },
      labelLine: { show: false },
    })
  }
  const series: PieSeriesOption = {
    type: 'pie',
    name: literal(spec.title || '构成'),
    radius: ['36%', '62%'],
    center: ['50%', `${Math.round(50 + (ctx.titleHeight / ctx.height) * 50)}%`],
    data,
    avoidLabelOverlap: true,
    label: { show: true, lineHeight: Math.round(CHART_FONT_SIZES.valueLabel * 1.3), ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true) },
    labelLine: { show: true, length: 24, length2: 32, lineStyle: { width: 2 } },
  }
  return { ...base(ctx, spec), series: [series] }
}

function niceCeil(value: number): number {
  if (value <= 0) return 1
  const exp = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * exp >= value) return Number.parseFloat((step * exp).toPrecision(12))
  }
  return 10 * exp
}

function buildGauge(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const f = spec.figures[0]
  if (!f) return emptyOption(ctx, spec)
  const target = f.target && f.target.unit === f.unit && f.target.value > 0 ? f.target : null
  // Completion against a target, a share of 100%, or otherwise a scale a little beyond the figure.
  const max = target ? Math.max(target.value, f.value) : f.unit === '%' && f.value <= 100 ? 100 : niceCeil(Math.abs(f.value) * 1.25)
  const min = Math.min(0, f.value)
  const caption = target ? `${f.label}（目标 ${targetText(f)}）` : f.label
  const series: GaugeSeriesOption = {
    type: 'gauge',
    name: literal(f.label),
    min,
    max,
    startAngle: 210,
    endAngle: -30,
    radius: '82%',
    center: ['50%', `${Math.round(58 + (ctx.titleHeight / ctx.height) * 40)}%`],
    progress: { show: true, width: 36, itemStyle: { color: ctx.colors.actual } },
    axisLine: { lineStyle: { width: 36, color: [[1, ctx.colors.grid]] } },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    anchor: { show: false },
    title: { show: true, offsetCenter: [0, '42%'], ...textStyle(ctx, CHART_FONT_SIZES.gaugeTitle, ctx.colors.muted) },
    detail: {
      show: true,
      valueAnimation: !ctx.forPrint,
      offsetCenter: [0, '0%'],
      formatter: literal(figureText(f)),
      ...textStyle(ctx, CHART_FONT_SIZES.gaugeDetail, ctx.colors.actual, true),
    },
    data: [{ value: f.value, name: literal(caption) }],
  }
  return { ...base(ctx, spec), series: [series] }
}

function buildRadar(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const figures = spec.figures
  const categories = chartCategories(figures)
  const hasTarget = (f: SlideFigure) => f.target !== null && f.target.unit === f.unit
  // A target polygon needs a goal on every axis; otherwise goals are named on their axes only.
  const anyTarget = figures.length > 0 && figures.every(hasTarget)
  // One scale for every axis (figures in different units are refused, see fitness.ts), so a longer spoke
  // is a larger figure; the axis name carries the value with its unit.
  const top = Math.max(...figures.map((f) => Math.max(Math.abs(f.value), f.target && f.target.unit === f.unit ? Math.abs(f.target.value) : 0)))
  const max = niceCeil(top * 1.2)
  const min = Math.min(0, ...figures.map((f) => f.value))
  const indicator = figures.map((f, i) => {
    const name = `${categories[i] ?? f.label}\n${figureText(f)}${hasTarget(f) ? `（目标${targetText(f)}）` : ''}`
    return { name: literal(name), max, min }
  })
  const seriesData: NonNullable<RadarSeriesOption['data']> = [
    {
      name: '实际',
      value: figures.map((f) => f.value),
      areaStyle: { color: ctx.colors.area },
      lineStyle: { color: ctx.colors.actual, width: 4 },
      itemStyle: { color: ctx.colors.actual },
      symbolSize: 12,
    },
  ]
  if (anyTarget) {
    seriesData.push({
      name: '目标',
      value: figures.map((f) => (f.target && f.target.unit === f.unit ? f.target.value : 0)),
      lineStyle: { color: ctx.colors.target, width: 3, type: 'dashed' },
      itemStyle: { color: ctx.colors.target },
      symbolSize: 10,
    })
  }
  const series: RadarSeriesOption = { type: 'radar', name: literal(spec.title || '指标'), data: seriesData }
  const option: EChartsOption = {
    ...base(ctx, spec),
    radar: {
      indicator,
      radius: '58%',
      center: ['50%', `${Math.round(54 + (ctx.titleHeight / ctx.height) * 40)}%`],
      axisName: { lineHeight: Math.round(CHART_FONT_SIZES.axisLabel * 1.3), ...textStyle(ctx, CHART_FONT_SIZES.axisLabel, ctx.colors.text, true) },
      splitLine: { lineStyle: { color: ctx.colors.grid } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: ctx.colors.track } },
    },
    series: [series],
  }
  if (anyTarget) {
    option.legend = { top: ctx.titleHeight + 8, right: 24, data: ['实际', '目标'], textStyle: textStyle(ctx, CHART_FONT_SIZES.legend), itemWidth: 36, itemHeight: 20 }
  }
  return option
}

/**
 * The names of an actual-vs-target chart's two series: with the years when all figures share them
 * (`2023年实际`, `2024年预期目标`), else `实际` and `目标`. A target for the results' own year is `目标`.
 */
export function targetSeriesNames(figures: readonly SlideFigure[]): { actual: string; target: string } {
  const paired = figures.filter((f) => f.target !== null)
  const only = (periods: (string | null)[]) => (new Set(periods).size === 1 ? (periods[0] ?? null) : null)
  const actual = only(paired.map((f) => f.period))
  const target = only(paired.map((f) => f.target!.period))
  const sameYear = actual !== null && target !== null && parsePeriod(actual)?.from === parsePeriod(target)?.from
  return {
    actual: actual && parsePeriod(actual) ? `${periodWords(actual)}实际` : '实际',
    target: target && parsePeriod(target) && !sameYear ? periodWords(target) : '目标',
  }
}

function buildTarget(ctx: Ctx, spec: ChartSpec): EChartsOption {
  const paired = spec.figures.filter((f) => f.target !== null)
  const figures = paired.length > 0 ? paired : spec.figures
  const categories = chartCategories(figures.map((f) => ({ ...f })))
  const units = new Set(figures.flatMap((f) => (f.target ? [f.unit, f.target.unit] : [f.unit])))
  const unit = units.size === 1 ? [...units][0] ?? null : null
  const perCategory = (ctx.width - 160) / Math.max(1, figures.length)
  // Two bars share a category: each label has about half of it.
  const slot = perCategory / 2 - 8
  const mixedSigns = hasMixedSigns(figures.flatMap((f) => (f.target ? [f.value, f.target.value] : [f.value])))
  const label = (text: string, value: number) => ({
    show: true,
    formatter: literal(text),
    position: barLabelPosition(value, false, mixedSigns),
    ...textStyle(ctx, CHART_FONT_SIZES.valueLabel, ctx.colors.text, true),
  })
  const names = targetSeriesNames(figures)
  const actual: BarSeriesOption = {
    type: 'bar',
    name: literal(names.actual),
    data: figures.map((f) => ({ value: f.value, label: label(fittedValueText(f.value, f.unit, f.qualifier, slot), f.value) })),
    itemStyle: { color: ctx.colors.actual },
    barMaxWidth: 96,
    barGap: '12%',
  }
  const target: BarSeriesOption = {
    type: 'bar',
    name: literal(names.target),
    data: figures.map((f) =>
      f.target ? { value: f.target.value, label: label(fittedValueText(f.target.value, f.target.unit, f.target.qualifier, slot), f.target.value) } : { value: '-' as const },
    ),
    itemStyle: { color: ctx.colors.target },
    barMaxWidth: 96,
  }
  return {
    ...base(ctx, spec),
    legend: {
      top: ctx.titleHeight + 8,
      right: 24,
      data: [literal(names.actual), literal(names.target)],
      textStyle: textStyle(ctx, CHART_FONT_SIZES.legend),
      itemWidth: 36,
      itemHeight: 24,
    },
    grid: { left: 40, right: 40, top: ctx.titleHeight + 96, bottom: 24, containLabel: true },
    xAxis: categoryAxis(ctx, categories, perCategory),
    yAxis: { type: 'value', axisLabel: valueAxisLabel(ctx, unit), splitLine: { show: unit !== null, lineStyle: { color: ctx.colors.grid } } },
    series: [actual, target],
  }
}

/** The ECharts option for a chart spec. Pure: same spec and options, same option. */
export function buildChartOption(spec: ChartSpec, opts: ChartOptionOptions = {}): EChartsOption {
  const ctx: Ctx = {
    width: opts.width ?? DEFAULT_WIDTH,
    height: opts.height ?? DEFAULT_HEIGHT,
    fontFamily: svgSafeFontFamily(opts.fontFamily ?? THEMES[DEFAULT_THEME].fonts.body.css),
    colors: opts.colors ?? THEMES[DEFAULT_THEME].chart,
    forPrint: opts.forPrint ?? false,
    titleHeight: spec.title.trim() !== '' ? CHART_FONT_SIZES.title + 24 : 0,
  }
  if (spec.figures.length === 0) return emptyOption(ctx, spec)
  const fitness = chartFitness(spec)
  if (fitness.refused && fitness.problems[0]) return refusedOption(ctx, spec, chartProblemSentence(fitness.problems[0]))
  const build: { [T in ChartSpec['type']]: (c: Ctx, s: ChartSpec) => EChartsOption } = {
    bar: buildBar,
    line: buildLine,
    pie: buildPie,
    gauge: buildGauge,
    radar: buildRadar,
    target: buildTarget,
  }
  return build[spec.type](ctx, spec)
}
