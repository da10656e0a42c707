/**
 * Figures from a report's metrics: lookup by id, the goal that matches a result, slide figures with their
 * goals, sources and speaker notes. The slide factories of the kpi, chart and table layouts use these.
 */
import { newId, type IdGenerator } from '../ids'
import type { Metric, ReportContent } from '../schemas/report'
import type { SlideFigure, SlideSource } from '../schemas/slide-parts'
import { isTargetPeriod } from '../charts/format'
import { needsCheck } from '../report/needs-check'
import { parsePeriod } from '../report/period-format'
import { scopesDiffer } from '../report/scope'

export interface SlideFactoryOptions {
  /** Slide ids; default: random `newId('s')`. */
  newId?: IdGenerator
  /** The slide title; each factory has a sensible default. */
  title?: string
}

/** Options of the factories of figure slides (KPI cards, charts). */
export interface FigureSlideOptions extends SlideFactoryOptions {
  /** How a metric becomes a slide figure (its label, its goal); default figureFromMetric. */
  figure?: (metric: Metric) => SlideFigure
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
 * The goal that matches a metric: a goal of the same report (period `… target`) that measures the same thing
 * in the same way — the same indicator (report/indicators.ts) when both have one, else the same label as
 * reviews and goals write it — of the same kind and unit (a growth goal is no target for an amount) and the same
 * scope (a 全社会 goal is no target for a 区本级 figure). A goal a person should check first (待核对) is none. Among several, the one for the metric's own year, then the
 * nearest later one (a single year before a five-year span).
 */
export function findTargetMetric(report: ReportContent, metric: Metric): Metric | null {
  if (isTargetPeriod(metric.period)) return null
  const label = comparableLabel(metric.label)
  const sameThing = (m: Metric) => (metric.indicator !== null && m.indicator !== null ? m.indicator === metric.indicator : comparableLabel(m.label) === label)
  const candidates = report.metrics.filter(
    (m) => m.id !== metric.id && isTargetPeriod(m.period) && m.kind === metric.kind && m.unit === metric.unit && sameThing(m) && !scopesDiffer(m.label, metric.label) && !needsCheck(m),
  )
  const year = parsePeriod(metric.period)?.to ?? null
  // Years ahead of the metric's; a span (a five-year goal) after a single year at the same distance.
  const distance = (m: Metric) => {
    const p = parsePeriod(m.period)
    if (year === null || p === null) return 1000
    return (p.from >= year ? p.from - year : 500 + year - p.from) + (p.to > p.from ? 0.5 : 0)
  }
  return candidates.reduce<Metric | null>((best, m) => (best === null || distance(m) < distance(best) ? m : best), null)
}

/**
 * A label as the review and the targets both write it: reports say “外贸进出口增长65.1%” in the review and
 * “外贸进出口总额增长10%” among the goals, so a trailing 总额/总量/总值/规模 does not tell them apart.
 */
export function comparableLabel(label: string): string {
  const stripped = label.replace(/(总额|总量|总值|总规模|规模)$/, '')
  return stripped.length >= 2 ? stripped : label
}

/** What of a metric tells how it reads on a slide (its kind, a range's upper end, a yearly average, a gap's comparison). */
function reading(m: Metric): Pick<SlideFigure, 'kind' | 'high' | 'average' | 'gap'> {
  return { kind: m.kind, high: m.high, ...(m.average ? { average: true } : {}), ...(m.gap ? { gap: m.gap } : {}) }
}

/** A goal as a slide figure's comparison, with its metric as source. */
export function targetFromMetric(t: Metric): NonNullable<SlideFigure['target']> {
  return { metricId: t.id, value: t.value, unit: t.unit, qualifier: t.qualifier, period: t.period, ...reading(t) }
}

/**
 * A slide figure copied from a metric, with its goal: the one given (null for none), else the report's goal
 * that matches it (findTargetMetric).
 */
export function figureFromMetric(report: ReportContent, metric: Metric, target?: Metric | null, label: string = metric.label): SlideFigure {
  const t = target === undefined ? findTargetMetric(report, metric) : target
  return {
    metricId: metric.id,
    label,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    period: metric.period,
    ...reading(metric),
    target: t ? targetFromMetric(t) : null,
  }
}

/**
 * The figures of a slide from metrics, and the metrics they show: theirs and their goals' (so a slide's
 * sources name every figure on it, targets included).
 */
export function slideFigures(report: ReportContent, metrics: readonly Metric[], opts: FigureSlideOptions): { figures: SlideFigure[]; shown: Metric[] } {
  const figures = metrics.map((m) => (opts.figure ? opts.figure(m) : figureFromMetric(report, m)))
  const goalIds = new Set(figures.flatMap((f) => (f.target?.metricId ? [f.target.metricId] : [])))
  const goals = report.metrics.filter((m) => goalIds.has(m.id) && !metrics.includes(m))
  return { figures, shown: [...metrics, ...goals] }
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

