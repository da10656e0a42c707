/**
 * Whether a chart type can show its figures honestly. A radar or a pie of figures in different units, a
 * pie of negative numbers or of percentages that add up to more than a whole, a line through unlike
 * quantities: these would draw a picture the numbers do not support, so the chart is refused and drawn
 * as a sentence saying why. A gauge given several figures shows the first one, and a bar chart of mixed
 * units labels every bar: those are drawn, with a note. The properties panel shows the same findings.
 */
import type { ChartSpec, ChartType, SlideFigure } from '../schemas/briefing'
import { formatFigure } from './format'

export type ChartProblem =
  /** Figures in different units where the chart needs one scale. */
  | { kind: 'mixed-units'; units: string[] }
  /** A gauge shows one figure; the others are not drawn. */
  | { kind: 'gauge-extra-figures'; shown: string; hidden: number }
  /** A gauge's full scale means nothing: not a share of 100% and no target in the same unit. */
  | { kind: 'gauge-no-scale'; label: string }
  /** A radar needs at least three axes. */
  | { kind: 'radar-too-few'; count: number }
  /** A pie cannot show a negative part. */
  | { kind: 'pie-negative'; labels: string[] }
  /** Percentages adding up to more than 100% are not parts of one whole. */
  | { kind: 'pie-over-whole'; total: string }
  /** Figures without a target are left out of an actual-versus-target chart. */
  | { kind: 'target-missing'; labels: string[] }

export type ChartProblemKind = ChartProblem['kind']

export interface ChartFitness {
  /** Refused: the chart is replaced by its first problem, in words. */
  refused: boolean
  problems: ChartProblem[]
  /** A chart type that shows these figures honestly, when there is a better one. */
  suggestion: ChartType | null
}

function units(figures: readonly SlideFigure[]): string[] {
  return [...new Set(figures.map((f) => f.unit))]
}

/** The same figures drawn as a bar chart are honest when they share a unit (or every bar is labelled). */
function barOrNothing(figures: readonly SlideFigure[]): ChartType | null {
  return units(figures).length <= 1 ? 'bar' : null
}

/** What a chart spec's type can and cannot show of its figures. Pure. */
export function chartFitness(spec: ChartSpec): ChartFitness {
  const figures = spec.figures
  const problems: ChartProblem[] = []
  let refused = false
  let suggestion: ChartType | null = null
  if (figures.length === 0) return { refused, problems, suggestion }
  const mixed = units(figures).length > 1 ? ({ kind: 'mixed-units', units: units(figures) } as const) : null

  switch (spec.type) {
    case 'bar':
      if (mixed) problems.push(mixed)
      break
    case 'line':
    case 'radar':
      if (mixed) {
        problems.push(mixed)
        refused = true
      }
      if (spec.type === 'radar' && figures.length < 3) {
        problems.push({ kind: 'radar-too-few', count: figures.length })
        suggestion = 'bar'
      }
      if (mixed) suggestion = null
      break
    case 'pie': {
      const negative = figures.filter((f) => f.value < 0).map((f) => f.label)
      const percentTotal = figures.every((f) => f.unit === '%') ? figures.reduce((sum, f) => sum + f.value, 0) : 0
      if (mixed) problems.push(mixed)
      if (negative.length) problems.push({ kind: 'pie-negative', labels: negative })
      if (percentTotal > 100.5) problems.push({ kind: 'pie-over-whole', total: formatFigure(Number(percentTotal.toFixed(1)), '%', null) })
      refused = problems.length > 0
      if (refused) suggestion = barOrNothing(figures)
      break
    }
    case 'gauge': {
      const [first, ...rest] = figures as [SlideFigure, ...SlideFigure[]]
      if (rest.length) problems.push({ kind: 'gauge-extra-figures', shown: first.label, hidden: rest.length })
      const hasTarget = first.target !== null && first.target.unit === first.unit && first.target.value > 0
      const isShare = first.unit === '%' && first.value >= 0 && first.value <= 100
      if (!hasTarget && !isShare) problems.push({ kind: 'gauge-no-scale', label: first.label })
      if (problems.length) suggestion = barOrNothing(figures)
      break
    }
    case 'target': {
      const missing = figures.filter((f) => f.target === null).map((f) => f.label)
      if (missing.length) problems.push({ kind: 'target-missing', labels: missing })
      if (mixed) problems.push(mixed)
      break
    }
  }
  return { refused, problems, suggestion }
}

/** A problem as one Chinese sentence, as drawn on a refused chart (slide and PDF alike). */
export function chartProblemSentence(problem: ChartProblem): string {
  switch (problem.kind) {
    case 'mixed-units':
      return `这些指标单位不同（${problem.units.join('、')}），不能画在同一张图上比较。`
    case 'gauge-extra-figures':
      return `仪表盘只显示一项指标（${problem.shown}），其余 ${problem.hidden} 项没有显示。`
    case 'gauge-no-scale':
      return `“${problem.label}”不是占比，也没有目标值，仪表盘的满格没有意义。`
    case 'radar-too-few':
      return `雷达图至少需要 3 项指标，现在只有 ${problem.count} 项。`
    case 'pie-negative':
      return `饼图不能表示负数（${problem.labels.join('、')}）。`
    case 'pie-over-whole':
      return `这些百分数合计 ${problem.total}，不是同一整体的组成部分，不能画成饼图。`
    case 'target-missing':
      return `${problem.labels.join('、')} 没有目标值，未画入对比图。`
  }
}
