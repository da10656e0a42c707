/**
 * Figures from a report's metrics: lookup by id, the goal that matches a result, slide figures with their
 * goals, sources and speaker notes. The slide factories of the kpi, chart and table layouts use these.
 */
import { newId, type IdGenerator } from '../ids'
import type { Metric, ReportContent } from '../schemas/report'
import type { SlideFigure, SlideSource } from '../schemas/slide-parts'
import { isTargetPeriod } from '../charts/format'

export interface SlideFactoryOptions {
  /** Slide ids; default: random `newId('s')`. */
  newId?: IdGenerator
  /** The slide title; each factory has a sensible default. */
  title?: string
}

export function slideIdFrom(opts: SlideFactoryOptions): string {
  return (opts.newId ?? newId)('s')
}

export function metricsById(report: ReportContent, metricIds: readonly string[]): Metric[] {
  const byId = new Map(report.metrics.map((m) => [m.id, m]))
  return metricIds.map((id) => {
    const m = byId.get(id)
    if (!m) throw new Error(`报告中找不到指标：${id}`)
    return m
  })
}

/**
 * The goal that matches a metric: a metric of the same report with the same label whose period ends with
 * ' target'. Among several, one with the same unit and kind wins, then one with the same unit; a goal in
 * another unit (a growth rate for an amount) is no comparison, so then there is none.
 */
export function findTargetMetric(report: ReportContent, metric: Metric): Metric | null {
  if (isTargetPeriod(metric.period)) return null
  const label = comparableLabel(metric.label)
  const candidates = report.metrics.filter((m) => m.id !== metric.id && isTargetPeriod(m.period) && comparableLabel(m.label) === label)
  return (
    candidates.find((m) => m.unit === metric.unit && m.kind === metric.kind) ??
    candidates.find((m) => m.unit === metric.unit) ??
    null
  )
}

/**
 * A label as the review and the targets both write it: reports say “外贸进出口增长65.1%” in the review and
 * “外贸进出口总额增长10%” among the goals, so a trailing 总额/总量/总值/规模 does not tell them apart.
 */
export function comparableLabel(label: string): string {
  const stripped = label.replace(/(总额|总量|总值|总规模|规模)$/, '')
  return stripped.length >= 2 ? stripped : label
}

/** A slide figure copied from a metric, with its goal when the report has one. */
export function figureFromMetric(report: ReportContent, metric: Metric): SlideFigure {
  const t = findTargetMetric(report, metric)
  return {
    metricId: metric.id,
    label: metric.label,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    period: metric.period,
    target: t ? { value: t.value, unit: t.unit, qualifier: t.qualifier, period: t.period } : null,
  }
}

/** One source naming the metrics; with the section too when they all come from one section. */
export function metricSources(report: ReportContent, metrics: readonly Metric[]): SlideSource[] {
  const sectionIds = new Set(metrics.map((m) => m.sectionId))
  const only = sectionIds.size === 1 ? [...sectionIds][0] : null
  const source: SlideSource = { reportId: report.id, metricIds: metrics.map((m) => m.id) }
  if (only) source.sectionId = only
  return [source]
}

/** Speaker notes from metric quotes: “全市地区生产总值增长3.3%；……”. */
export function notesFromQuotes(metrics: readonly Metric[], limit = 8): string {
  const quotes: string[] = []
  for (const m of metrics) {
    const q = m.quote.trim().replace(/[。；;，,]+$/u, '')
    if (q && !quotes.includes(q)) quotes.push(q)
    if (quotes.length >= limit) break
  }
  return quotes.length > 0 ? `${quotes.join('；')}。` : ''
}

