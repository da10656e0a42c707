/**
 * The draft's slides of figures: the review year's KPI cards and growth chart, the plan year's targets table
 * (`2024年主要预期目标`) and the actual-vs-target chart (`2023年实际 与 2024年预期目标`). Which figures they show is
 * decided in draft-figures.ts; how each figure reads, in slides/figure-wording.ts.
 */
import type { Slide } from '../schemas/briefing'
import type { Metric, ReportContent } from '../schemas/report'
import type { IdGenerator } from '../ids'
import { figureText } from '../report/figure-text'
import { period as periodOf, type Period } from '../report/period-format'
import { chartSlideFromMetrics } from '../slides/layouts/chart'
import { kpiSlideFromMetrics, MAX_KPI_FIGURES, MIN_KPI_FIGURES } from '../slides/layouts/kpi'
import type { TableSlide } from '../slides/layouts/table'
import { figureWords, periodWords } from '../slides/figure-wording'
import { figureFromMetric, metricSources, notesFromQuotes } from './from-report'
import {
  figureLabel,
  growthChartMetrics,
  headlineCardMetrics,
  reviewSpan,
  targetPairs,
  usableMetrics,
  type DraftYears,
  type StatedTargets,
} from './draft-figures'

/** At most this many KPI slides. */
export const MAX_DRAFT_KPI_SLIDES = 2
/** A KPI slide of fewer cards looks empty: a five-year review's span fills it rather than its last year alone. */
export const MIN_FULL_KPI_SLIDE = 4
/** Rows of one targets slide; more continue on a second (and further) slide. */
export const TARGET_ROWS_PER_SLIDE = 10
/** What the notes of a targets slide call the targets left out for checking. */
export const UNSURE_TARGETS_NOTE = '以下目标待核对，未列入本页'

/**
 * `2023年主要指标`, `2013—2017年主要指标`, `主要指标（1/2）`: a title with the year or span when known and the part
 * when split.
 */
function titled(base: string, when: number | Period | null, part: number, parts: number): string {
  const years = when === null ? '' : typeof when === 'number' ? `${when}年` : `${when.from}—${when.to}年`
  const head = `${years}${base}`
  return parts > 1 ? `${head}（${part + 1}/${parts}）` : head
}

/** Splits items into at most two slides of 4–6 (fewer only when there are fewer). */
export function kpiGroups<T>(items: readonly T[]): T[][] {
  const max = MAX_KPI_FIGURES * MAX_DRAFT_KPI_SLIDES
  const n = Math.min(items.length, max)
  if (n < MIN_KPI_FIGURES) return []
  if (n <= MAX_KPI_FIGURES) return [items.slice(0, n)]
  // 7 cannot make two slides of at least 4: one full slide instead.
  if (n < 2 * 4) return [items.slice(0, MAX_KPI_FIGURES)]
  const first = Math.ceil(n / 2)
  return [items.slice(0, first), items.slice(first, n)]
}

/** Splits items over as few slides as hold them, evenly (13 rows of at most 10: 7 and 6). */
function evenGroups<T>(items: readonly T[], perSlide: number): T[][] {
  const slides = Math.max(1, Math.ceil(items.length / perSlide))
  const size = Math.ceil(items.length / slides)
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The plan year's target of the same indicator, kind and unit as a result, if the report states one. */
function planTargetOf(report: ReportContent, years: DraftYears, m: Metric): Metric | null {
  if (years.plan === null || m.indicator === null) return null
  const target = periodOf(years.plan, years.plan, true)
  return usableMetrics(report).find((t) => t.period === target && t.indicator === m.indicator && t.kind === m.kind && t.unit === m.unit) ?? null
}

/** KPI slides of the review year's headline figures, each card with its plan-year target named as such. */
export function kpiSlides(report: ReportContent, years: DraftYears, newId: IdGenerator): Slide[] {
  const ofYear = headlineCardMetrics(report, years)
  const yearSlides = (groups: Metric[][]) =>
    groups.map((group, i) =>
      kpiSlideFromMetrics(report, group.map((m) => m.id), {
        newId,
        title: titled('主要指标', years.review, i, groups.length),
        figure: (m) => figureFromMetric(report, m, planTargetOf(report, years, m), figureLabel(m)),
      }),
    )
  const spanSlides = (span: Period, groups: Metric[][]) =>
    groups.map((group, i) =>
      kpiSlideFromMetrics(report, group.map((m) => m.id), { newId, title: titled('主要指标', span, i, groups.length), figure: (m) => figureFromMetric(report, m, null, figureLabel(m)) }),
    )
  // A report that reviews five years (`过去五年…年均增长7.1%`) may give its review year too few figures for a full
  // slide. When the span's own figures fill one, or the year's fill none, the span's cards come first, titled with
  // it and with no plan-year target beside them. The year's growth rates (its `增长2.6%`) keep a slide of their own
  // after the span's, which holds the span's figures only; a year of levels alone (`达到4.5万亿元`) joins the span's
  // slide as the level its last year reached.
  const span = ofYear.length < MIN_FULL_KPI_SLIDE ? reviewSpan(report, years) : null
  const spanFills = span !== null && headlineCardMetrics(report, years, span, false).length >= MIN_FULL_KPI_SLIDE
  if (span === null || !(spanFills || kpiGroups(ofYear).length === 0)) return yearSlides(kpiGroups(ofYear))
  const yearOwn = spanFills && ofYear.some((m) => m.kind === 'growth') ? kpiGroups(ofYear) : []
  if (yearOwn.length === 0) return spanSlides(span, kpiGroups(headlineCardMetrics(report, years, span)))
  // Two KPI slides at most: one of the span's (its six most important figures), then the year's.
  return [...spanSlides(span, kpiGroups(headlineCardMetrics(report, years, span, false).slice(0, MAX_KPI_FIGURES))), ...yearSlides(yearOwn.slice(0, 1))]
}

/** The review year's growth rates as bars, or none when the report gives fewer than three. */
export function growthChartSlides(report: ReportContent, years: DraftYears, newId: IdGenerator): Slide[] {
  const rates = growthChartMetrics(report, years)
  if (rates.length === 0) return []
  return [
    chartSlideFromMetrics(report, rates.map((m) => m.id), 'bar', {
      newId,
      title: titled('主要指标增速', years.review, 0, 1),
      figure: (m) => figureFromMetric(report, m, null, figureLabel(m)),
    }),
  ]
}

/**
 * The `主要预期目标` slides: one row per indicator (or label), its targets as the report words them
 * (`增长7.5%，达到326.4亿元`, `5.5%左右`, `4.5%—5%`), split evenly over slides of at most ten rows. The notes
 * hold the sentences, and name the targets left out for checking.
 */
export function targetsTableSlides(report: ReportContent, years: DraftYears, stated: StatedTargets, newId: IdGenerator): TableSlide[] {
  if (years.plan === null || stated.shown.length === 0) return []
  const rows: { label: string; metrics: Metric[] }[] = []
  for (const m of stated.shown) {
    const key = m.indicator ?? m.label
    const row = rows.find((r) => (r.metrics[0]!.indicator ?? r.metrics[0]!.label) === key)
    if (row) row.metrics.push(m)
    else rows.push({ label: figureLabel(m), metrics: [m] })
  }
  const groups = evenGroups(rows, TARGET_ROWS_PER_SLIDE)
  const unsure = stated.unsure.length > 0 ? `${UNSURE_TARGETS_NOTE}：${stated.unsure.map((m) => `${m.label}${figureText(m)}`).join('；')}。` : ''
  return groups.map((group, i) => {
    const metrics = group.flatMap((r) => r.metrics)
    return {
      id: newId('s'),
      layout: 'table',
      title: titled('主要预期目标', years.plan, i, groups.length),
      notes: [notesFromQuotes(metrics, TARGET_ROWS_PER_SLIDE * 2), unsure].filter((s) => s !== '').join('\n'),
      hidden: false,
      sources: metricSources(report, metrics),
      columns: [periodWords(periodOf(years.plan!, years.plan!, true))],
      rows: group.map((r) => ({ label: r.label, cells: [r.metrics.map((m) => figureWords({ ...m, label: r.label }).text).join('，')], metricIds: r.metrics.map((m) => m.id) })),
    }
  })
}

/** The review year's growth rates beside the plan year's targets of the same indicators, titled with both years. */
export function targetChartSlides(report: ReportContent, years: DraftYears, newId: IdGenerator): Slide[] {
  const pairs = targetPairs(report, years)
  if (pairs.length === 0 || years.review === null || years.plan === null) return []
  const targetOf = new Map(pairs.map((p) => [p.actual.id, p.target]))
  return [
    chartSlideFromMetrics(report, pairs.map((p) => p.actual.id), 'target', {
      newId,
      title: `${periodWords(periodOf(years.review))}实际 与 ${periodWords(periodOf(years.plan, years.plan, true))}`,
      figure: (m) => figureFromMetric(report, m, targetOf.get(m.id) ?? null, figureLabel(m)),
    }),
  ]
}
