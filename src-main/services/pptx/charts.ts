/**
 * Charts as native PowerPoint charts: the figures go into the chart's own data sheet (editable in WPS and
 * PowerPoint with 编辑数据), in the theme's palette and the screen's type sizes, with every value labelled
 * as the slide writes it (“超50%”, “5.5%以上”, “152.6亿元”). What the screen decides about a chart (which
 * categories, horizontal bars for long names, a radar's scale, a refused chart) comes from the same shared
 * functions the screen and the PDF use, so the three agree.
 *
 * PowerPoint has no gauge: a gauge becomes its nearest native form, a 240° ring (the figure, the rest of
 * the scale, and an open part at the bottom) with the figure written in its middle, and the speaker notes
 * say so. A chart the screen refuses (fitness.ts) is the same sentence here, and its figures go to the notes.
 */
import type PptxGenJS from 'pptxgenjs'
import type { ChartSpec, SlideFigure } from '../../../src-shared/schemas/slide-parts'
import { CHART_FONT_SIZES, buildChartOption, chartCategories } from '../../../src-shared/charts/chart-option'
import { chartFitness, chartProblemSentence } from '../../../src-shared/charts/fitness'
import { formatFigure, formatNumber, formatPeriod } from '../../../src-shared/charts/format'
import type { ChartColors } from '../../../src-shared/slides/themes'
import type { Box } from '../../../src-shared/slides/page'
import { hex, points } from './units'

type ChartName = 'bar' | 'line' | 'pie' | 'doughnut' | 'radar'
type ChartOptions = PptxGenJS.IChartOpts
type ChartData = { name: string; labels: string[]; values: (number | null)[] }

/** How one data label reads: an Excel number format around the value (“"超"General"%"”), or none. */
export type LabelFormat = string | null

/** Text drawn over a native chart (a gauge's figure and caption). */
export interface ChartOverlay {
  box: Box
  text: string
  size: number
  color: string
  bold: boolean
}

export type ChartPlan =
  | {
      kind: 'native'
      type: ChartName
      data: ChartData[]
      options: ChartOptions
      /** Each series' labels, point by point; written into the chart part after pptxgenjs (package-edits.ts). */
      labels: LabelFormat[][]
      overlays: ChartOverlay[]
      /** A line for the speaker notes, when the chart is not quite the screen's. */
      note: string | null
    }
  | { kind: 'text'; title: string; text: string; note: string | null }

/** The number format that writes `value` as formatFigure does: qualifier and unit as literal text around it. */
export function labelFormat(value: number, unit: string, qualifier: string | null): string {
  const text = formatFigure(value, unit, qualifier)
  const n = formatNumber(value)
  const at = text.indexOf(n)
  const before = at < 0 ? '' : text.slice(0, at)
  const after = at < 0 ? unit : text.slice(at + n.length)
  const literal = (s: string) => (s === '' ? '' : `"${s.replace(/"/g, '')}"`)
  return `${literal(before)}General${literal(after)}`
}

const figureFormat = (f: SlideFigure): string => labelFormat(f.value, f.unit, f.qualifier)
const targetFormat = (f: SlideFigure): LabelFormat => (f.target ? labelFormat(f.target.value, f.target.unit, f.target.qualifier) : null)

function uniformUnit(units: readonly string[]): string | null {
  const set = new Set(units)
  return set.size === 1 ? units[0]! : null
}

/** The figures in words, for the notes of a chart that is drawn as a sentence. */
function figuresInWords(figures: readonly SlideFigure[]): string {
  return figures
    .map((f) => `${f.label}${f.period ? `（${formatPeriod(f.period)}）` : ''} ${formatFigure(f.value, f.unit, f.qualifier)}${f.target ? `，目标 ${formatFigure(f.target.value, f.target.unit, f.target.qualifier)}` : ''}`)
    .join('；')
}

/** Type sizes and colours every chart shares: the screen's, in points. */
function baseOptions(spec: ChartSpec, colors: ChartColors, font: string): ChartOptions {
  const title = spec.title.trim()
  return {
    ...(title ? { showTitle: true, title, titleFontSize: points(CHART_FONT_SIZES.title), titleColor: hex(colors.text), titleFontFace: font, titleBold: true } : { showTitle: false }),
    showLegend: false,
    showValue: true,
    dataLabelFormatCode: 'General',
    dataLabelFontSize: points(CHART_FONT_SIZES.valueLabel),
    dataLabelFontFace: font,
    dataLabelFontBold: true,
    dataLabelColor: hex(colors.text),
    catAxisLabelFontSize: points(CHART_FONT_SIZES.axisLabel),
    catAxisLabelFontFace: font,
    catAxisLabelColor: hex(colors.text),
    catAxisLineColor: hex(colors.axis),
    catAxisLineSize: 1,
    catAxisMajorTickMark: 'none',
    valAxisLabelFontSize: points(CHART_FONT_SIZES.axisLabel),
    valAxisLabelFontFace: font,
    valAxisLabelColor: hex(colors.muted),
    valAxisLineShow: false,
    valAxisMajorTickMark: 'none',
    legendFontSize: points(CHART_FONT_SIZES.legend),
    legendFontFace: font,
    legendColor: hex(colors.text),
    dataNoEffects: true,
  }
}

/** The value axis: labelled in the unit when all figures share one; hidden (every bar labelled) otherwise. */
function valueAxis(unit: string | null, colors: ChartColors): ChartOptions {
  return unit === null
    ? { valAxisHidden: true, valGridLine: { style: 'none' } }
    : { valAxisLabelFormatCode: labelFormat(0, unit, null), valGridLine: { color: hex(colors.grid), size: 1, style: 'solid' } }
}

/**
 * The gap between categories (per cent of a bar's width) that gives bars the screen's width: ECharts
 * fills 80 % of a category with its bars, each at most `maxBar` px wide.
 */
export function barGap(box: Box, categories: number, barsPerCategory: number, maxBar: number): number {
  const category = (box.width - 160) / Math.max(1, categories)
  const bar = Math.min(maxBar, (0.8 * category) / barsPerCategory)
  return Math.round(Math.min(500, Math.max(20, ((category - barsPerCategory * bar) / bar) * 100)))
}

function barPlan(spec: ChartSpec, colors: ChartColors, font: string, box: Box): ChartPlan {
  const figures = spec.figures
  // The screen lays long names out as horizontal bars; ask the same option builder.
  const option = buildChartOption(spec, { width: box.width, height: box.height })
  const horizontal = !Array.isArray(option.yAxis) && (option.yAxis as { type?: string } | undefined)?.type === 'category'
  return {
    kind: 'native',
    type: 'bar',
    data: [{ name: spec.title.trim() || '数值', labels: chartCategories(figures), values: figures.map((f) => f.value) }],
    options: {
      ...baseOptions(spec, colors, font),
      ...valueAxis(uniformUnit(figures.map((f) => f.unit)), colors),
      barDir: horizontal ? 'bar' : 'col',
      barGrouping: 'clustered',
      barGapWidthPct: horizontal ? 60 : barGap(box, figures.length, 1, 120),
      ...(horizontal ? { catAxisOrientation: 'maxMin' as 'minMax' } : {}),
      // One colour per bar: the actual colour, a fall in the theme's colour for negatives.
      chartColors: figures.map((f) => hex(f.value < 0 ? colors.negative : colors.actual)),
      dataLabelPosition: 'outEnd',
    },
    labels: [figures.map(figureFormat)],
    overlays: [],
    note: null,
  }
}

function linePlan(spec: ChartSpec, colors: ChartColors, font: string): ChartPlan {
  const figures = spec.figures
  return {
    kind: 'native',
    type: 'line',
    data: [{ name: spec.title.trim() || '数值', labels: chartCategories(figures), values: figures.map((f) => f.value) }],
    options: {
      ...baseOptions(spec, colors, font),
      ...valueAxis(uniformUnit(figures.map((f) => f.unit)), colors),
      chartColors: [hex(colors.actual)],
      lineSize: points(5),
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 9,
      dataLabelPosition: 't',
    },
    labels: [figures.map(figureFormat)],
    overlays: [],
    note: null,
  }
}

function piePlan(spec: ChartSpec, colors: ChartColors, font: string): ChartPlan {
  const figures = spec.figures
  const categories = chartCategories(figures)
  const values: number[] = figures.map((f) => Math.abs(f.value))
  const labels: LabelFormat[] = figures.map(figureFormat)
  const sliceColors = figures.map((_, i) => hex(colors.series[i % colors.series.length]!))
  // One share of a whole: the rest of the whole, unlabelled, as on screen.
  const only = figures[0]
  if (figures.length === 1 && only && only.unit === '%' && only.value > 0 && only.value < 100) {
    categories.push('其他')
    values.push(Number.parseFloat((100 - only.value).toPrecision(12)))
    labels.push(null)
    sliceColors.push(hex(colors.track))
  }
  return {
    kind: 'native',
    type: 'pie',
    data: [{ name: spec.title.trim() || '构成', labels: categories, values }],
    options: { ...baseOptions(spec, colors, font), chartColors: sliceColors, showLabel: true, showLeaderLines: true, dataLabelPosition: 'outEnd', dataBorder: { pt: 1.5, color: hex(colors.paper) } },
    labels: [labels],
    overlays: [],
    note: null,
  }
}

/** The gauge's scale, as the screen's gauge has it. */
function gaugeScale(f: SlideFigure): { min: number; max: number } {
  const option = buildChartOption({ type: 'gauge', title: '', figures: [f] })
  const series = (Array.isArray(option.series) ? option.series[0] : option.series) as { min?: number; max?: number } | undefined
  return { min: series?.min ?? 0, max: series?.max ?? 100 }
}

function gaugePlan(spec: ChartSpec, colors: ChartColors, font: string, box: Box): ChartPlan {
  const f = spec.figures[0]!
  const { min, max } = gaugeScale(f)
  const range = Math.max(max - min, Number.EPSILON)
  const shown = Math.min(Math.max(f.value, min), max) - min
  const target = f.target && f.target.unit === f.unit && f.target.value > 0 ? f.target : null
  const caption = target ? `${f.label}（目标 ${formatFigure(target.value, target.unit, target.qualifier)}）` : f.label
  // The ring where the screen's gauge has it (radius 82 % of the half short side, centred a little low),
  // the figure in its middle and the caption under it.
  const titleH = spec.title.trim() ? CHART_FONT_SIZES.title + 24 : 0
  const r = (0.82 * Math.min(box.width, box.height)) / 2
  const cx = box.width / 2
  const cy = box.height * (0.58 + (titleH / box.height) * 0.4)
  const layout = { x: (cx - r) / box.width, y: (cy - r) / box.height, w: (2 * r) / box.width, h: (2 * r) / box.height }
  const detail = CHART_FONT_SIZES.gaugeDetail
  const cap = CHART_FONT_SIZES.gaugeTitle
  const overlays: ChartOverlay[] = [
    { box: { x: box.x, y: box.y + cy - detail * 0.65, width: box.width, height: detail * 1.3 }, text: formatFigure(f.value, f.unit, f.qualifier), size: detail, color: colors.actual, bold: true },
    { box: { x: box.x, y: box.y + cy + 0.42 * r - cap * 0.7, width: box.width, height: cap * 1.4 }, text: caption, size: cap, color: colors.muted, bold: false },
  ]
  return {
    kind: 'native',
    type: 'doughnut',
    data: [{ name: f.label, labels: [f.label, '未完成部分', '（留空）'], values: [shown, Math.max(0, range - shown), range / 2] }],
    options: {
      ...baseOptions(spec, colors, font),
      showValue: false,
      chartColors: [hex(colors.actual), hex(colors.grid), hex(colors.paper)],
      holeSize: 78,
      firstSliceAng: 240,
      layout,
      dataBorder: { pt: 0.5, color: hex(colors.paper) },
    },
    labels: [[null, null, null]],
    overlays,
    note: `图表说明：PowerPoint 没有仪表盘图，本页的仪表盘以圆环图呈现（数值、距满格 ${formatNumber(max)}${f.unit} 的余量、底部留空），中间的数字是文本框，修改数据后请一并修改。`,
  }
}

function radarPlan(spec: ChartSpec, colors: ChartColors, font: string): ChartPlan {
  const figures = spec.figures
  const hasTarget = (f: SlideFigure) => f.target !== null && f.target.unit === f.unit
  const withTargets = figures.every(hasTarget)
  const option = buildChartOption(spec)
  const indicators = (option.radar as { indicator?: { name?: string; max?: number; min?: number }[] } | undefined)?.indicator ?? []
  // The axes are named as on screen, with the figure (and its goal): labels at the points would overlap.
  const labels = figures.map((f, i) => (indicators[i]?.name ?? f.label).replace(/｛/g, '{').replace(/｝/g, '}'))
  const data: ChartData[] = [{ name: '实际', labels, values: figures.map((f) => f.value) }]
  if (withTargets) data.push({ name: '目标', labels, values: figures.map((f) => f.target!.value) })
  const scale = indicators[0]
  return {
    kind: 'native',
    type: 'radar',
    data,
    options: {
      ...baseOptions(spec, colors, font),
      showValue: false,
      radarStyle: 'marker',
      chartColors: withTargets ? [hex(colors.actual), hex(colors.target)] : [hex(colors.actual)],
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      catAxisLabelFontBold: true,
      valAxisHidden: true,
      valGridLine: { color: hex(colors.grid), size: 1, style: 'solid' },
      ...(scale?.max !== undefined ? { valAxisMaxVal: scale.max } : {}),
      ...(scale?.min !== undefined ? { valAxisMinVal: scale.min } : {}),
      ...(withTargets ? { showLegend: true, legendPos: 'tr' as const } : {}),
    },
    labels: [],
    overlays: [],
    note: null,
  }
}

function targetPlan(spec: ChartSpec, colors: ChartColors, font: string, box: Box): ChartPlan {
  const paired = spec.figures.filter((f) => f.target !== null)
  const figures = paired.length > 0 ? paired : spec.figures
  const categories = chartCategories(figures)
  const unit = uniformUnit(figures.flatMap((f) => (f.target ? [f.unit, f.target.unit] : [f.unit])))
  return {
    kind: 'native',
    type: 'bar',
    data: [
      { name: '实际', labels: categories, values: figures.map((f) => f.value) },
      { name: '目标', labels: categories, values: figures.map((f) => f.target?.value ?? null) },
    ],
    options: {
      ...baseOptions(spec, colors, font),
      ...valueAxis(unit, colors),
      barDir: 'col',
      barGrouping: 'clustered',
      barGapWidthPct: barGap(box, figures.length, 2, 96),
      barOverlapPct: -12,
      chartColors: [hex(colors.actual), hex(colors.target)],
      dataLabelPosition: 'outEnd',
      showLegend: true,
      legendPos: 'tr',
    },
    labels: [figures.map(figureFormat), figures.map(targetFormat)],
    overlays: [],
    note: null,
  }
}

const PLANS: { [T in ChartSpec['type']]: (spec: ChartSpec, colors: ChartColors, font: string, box: Box) => ChartPlan } = {
  bar: barPlan,
  line: (s, c, f) => linePlan(s, c, f),
  pie: (s, c, f) => piePlan(s, c, f),
  gauge: gaugePlan,
  radar: (s, c, f) => radarPlan(s, c, f),
  target: targetPlan,
}

/** What to put where a chart goes: a native chart, or (empty, refused) a sentence. */
export function chartPlan(spec: ChartSpec, colors: ChartColors, font: string, box: Box): ChartPlan {
  const title = spec.title.trim()
  if (spec.figures.length === 0) return { kind: 'text', title, text: '暂无数据', note: null }
  const fitness = chartFitness(spec)
  const problem = fitness.problems[0]
  if (fitness.refused && problem) {
    return { kind: 'text', title, text: chartProblemSentence(problem), note: `图表数据：${figuresInWords(spec.figures)}。` }
  }
  return PLANS[spec.type](spec, colors, font, box)
}
