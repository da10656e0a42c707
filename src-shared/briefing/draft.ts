/**
 * A first draft of a briefing from an analysed report: cover, agenda, headline KPI cards, a chart of growth
 * rates, an actual-vs-target chart, one slide per part of the report, and a closing slide.
 *
 * Deterministic: the same report and options give the same briefing, ids included (they come from a
 * counter), so a draft can be diffed, tested and re-drafted without noise.
 */
import type { BriefingContent, Slide } from '../schemas/briefing'
import type { Metric, ReportContent, Section } from '../schemas/report'
import { ID_PATTERN } from '../ids'
import { parseSpeakerLine } from '../report/speaker-line'
import { isTargetPeriod } from '../charts/format'
import type { IdGenerator } from '../ids'
import { createBriefing } from './deck-operations'
import { findTargetMetric } from './from-report'
import { sectionSubtreeIds } from './report-text'
import { MAX_KPI_FIGURES, MIN_KPI_FIGURES, kpiSlideFromMetrics } from '../slides/layouts/kpi'
import { chartSlideFromMetrics } from '../slides/layouts/chart'
import { sectionSlideFromSection } from '../slides/layouts/section'
import { continueBullets } from '../slides/continuation'
import { layoutContext } from '../slides/deck'
import { previousYearSlides } from '../compare/draft-hook'

export interface DraftOptions {
  /** Used when the report's speaker line names no body (“在玉林市第六届人民代表大会…” → “玉林市人民政府”). */
  organization?: string
  /** Used when the report's speaker line carries no date (“——2024年2月29日…”). */
  date?: string
  /** Prefix of slide ids: `<idPrefix>-1`, `<idPrefix>-2`, …; default `s`. */
  idPrefix?: string
  /** The briefing id; default `b-<report id>`. Give a fresh one when saving a second draft of a report. */
  id?: string
  /** Last year's report of the same place: adds 目标完成情况 (its targets against this report's results). */
  previous?: ReportContent
}

export const DRAFT_SUBTITLE = '汇报提纲'
export const AGENDA_TITLE = '目录'
export const CLOSING_TITLE = '谢谢！'
export const CLOSING_MESSAGE = '请各位领导批评指正'
/** At most this many KPI slides, and growth rates in the growth chart. */
export const MAX_DRAFT_KPI_SLIDES = 2
export const MAX_GROWTH_BARS = 8

// ── Speaker line ───────────────────────────────────────────────────────────────────────────────────

/** The speaker line is read by the report's head module; the draft names its organisation, meeting and date. */
export { parseSpeakerLine, type SpeakerLine } from '../report/speaker-line'

// ── Metric selection ───────────────────────────────────────────────────────────────────────────────

function byPosition(a: Metric, b: Metric): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The review: figures describing results (not goals), in the order the report gives them. */
export function reviewMetrics(report: ReportContent): Metric[] {
  return report.metrics.filter((m) => !isTargetPeriod(m.period)).sort(byPosition)
}

export function targetMetrics(report: ReportContent): Metric[] {
  return report.metrics.filter((m) => isTargetPeriod(m.period)).sort(byPosition)
}

function uniqueByLabelUnit(metrics: readonly Metric[]): Metric[] {
  const seen = new Set<string>()
  return metrics.filter((m) => {
    const key = `${m.label}\u0000${m.unit}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Headline figures of the review, best first: pinned metrics, then the growth rates in the first top
 * section's own paragraphs (“全市地区生产总值增长3.3%…”), then amounts; one per label and unit.
 */
export function headlineMetrics(report: ReportContent): Metric[] {
  const review = reviewMetrics(report)
  const firstTop = report.sections[0]
  const pinned = review.filter((m) => m.pinned)
  const leadGrowth = firstTop ? review.filter((m) => m.kind === 'growth' && m.sectionId === firstTop.id) : []
  const amounts = review.filter((m) => m.kind === 'amount')
  // Amounts of the first top section (its own paragraphs, then its subsections) before those of the rest.
  const firstIds = firstTop ? sectionSubtreeIds(firstTop) : new Set<string>()
  const rank = (m: Metric) => (firstTop && m.sectionId === firstTop.id ? 0 : m.sectionId !== null && firstIds.has(m.sectionId) ? 1 : 2)
  const orderedAmounts = [...amounts].sort((a, b) => rank(a) - rank(b) || byPosition(a, b))
  return uniqueByLabelUnit([...pinned, ...leadGrowth, ...orderedAmounts])
}

/** Splits headline figures into at most two slides of 4–6 (fewer only when the report has fewer). */
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

/**
 * Growth rates (in %) of the review, one per label, at most eight. Key indicators come first: those the
 * year's targets also name (地区生产总值…), then those of the first top section's own opening paragraphs,
 * then those whose clause names its subject, and last those that inherit it from an earlier figure
 * (“播出10次、增长66%”), each group in report order. So side figures do not push out headline rates.
 */
export function growthChartMetrics(report: ReportContent): Metric[] {
  const review = reviewMetrics(report).filter((m) => m.kind === 'growth' && m.unit === '%')
  const unique = new Map<string, Metric>()
  for (const m of review) if (!unique.has(m.label)) unique.set(m.label, m)
  const targeted = new Set(targetMetrics(report).map((t) => t.label))
  const firstTop = report.sections[0]
  const rank = (m: Metric) => (targeted.has(m.label) ? 0 : firstTop && m.sectionId === firstTop.id ? 1 : m.quote.includes(m.label) ? 2 : 3)
  const chosen = [...unique.values()].sort((a, b) => rank(a) - rank(b) || byPosition(a, b)).slice(0, MAX_GROWTH_BARS)
  return chosen.sort(byPosition)
}

/** Review growth rates (in %) whose label the targets also name, e.g. 地区生产总值 3.3% → 5.5%以上. */
export function targetPairMetrics(report: ReportContent): Metric[] {
  const seen = new Set<string>()
  const out: Metric[] = []
  for (const m of reviewMetrics(report)) {
    if (m.kind !== 'growth' || m.unit !== '%' || seen.has(m.label)) continue
    const t = findTargetMetric(report, m)
    if (t && t.unit === '%') {
      seen.add(m.label)
      out.push(m)
    }
  }
  return out
}

/** The top section whose subtree holds most of the given metrics (first on ties), if any holds one. */
function homeSection(report: ReportContent, metrics: readonly Metric[]): Section | undefined {
  let best: Section | undefined
  let bestCount = 0
  for (const top of report.sections) {
    const ids = sectionSubtreeIds(top)
    const count = metrics.filter((m) => m.sectionId !== null && ids.has(m.sectionId)).length
    if (count > bestCount) {
      best = top
      bestCount = count
    }
  }
  return best
}

function yearOf(metrics: readonly Metric[]): string {
  const year = metrics.map((m) => /^(\d{4})/.exec(m.period ?? '')?.[1]).find((y) => y !== undefined)
  return year ? `${year}年` : ''
}

// ── The draft ──────────────────────────────────────────────────────────────────────────────────────

function briefingId(report: ReportContent): string {
  const id = `b-${report.id}`.slice(0, 64)
  return ID_PATTERN.test(id) ? id : 'b-draft'
}

export function draftBriefing(report: ReportContent, opts: DraftOptions = {}): BriefingContent {
  let n = 0
  const prefix = opts.idPrefix ?? 's'
  const idGen: IdGenerator = () => `${prefix}-${++n}`
  const ids = { newId: idGen }
  const speaker = parseSpeakerLine(report.text)
  const organization = speaker.organization ?? opts.organization ?? ''
  const date = speaker.date ?? opts.date ?? ''
  const meeting = speaker.meeting ?? ''
  const top = report.sections
  // Bullets that do not fit a slide at the deck's body size continue on a “（续）” slide.
  const style = layoutContext(createBriefing(report.title, { slides: [] }), 0)

  const cover: Slide = {
    id: idGen('s'),
    layout: 'cover',
    title: report.title,
    subtitle: DRAFT_SUBTITLE,
    organization,
    date,
    notes: [meeting && `${date}在${meeting}上的报告`, speaker.speaker ?? ''].filter((s) => s !== '').join('，'),
    hidden: false,
    sources: [{ reportId: report.id }],
  }
  const agenda: Slide = {
    id: idGen('s'),
    layout: 'agenda',
    title: AGENDA_TITLE,
    items: top.map((s) => s.title),
    notes: top.length > 0 ? `本次汇报分为${top.length}个部分：${top.map((s) => s.title).join('；')}。` : '',
    hidden: false,
    sources: [{ reportId: report.id }],
  }

  // Figures go at the head of the part they come from: the review's before its sections, the goals'
  // before the plan's sections. Without a home section they follow the agenda.
  const headline = headlineMetrics(report)
  const growth = growthChartMetrics(report)
  const pairs = targetPairMetrics(report)
  const reviewHome = homeSection(report, reviewMetrics(report)) ?? top[0]
  const targetHome = homeSection(report, targetMetrics(report))
  const reviewYear = yearOf(reviewMetrics(report))
  const targetYear = yearOf(targetMetrics(report))

  const reviewSlides = (): Slide[] => {
    const slides: Slide[] = []
    const groups = kpiGroups(headline)
    groups.forEach((group, i) => {
      const title = groups.length > 1 ? `${reviewYear}主要指标（${i + 1}/${groups.length}）` : `${reviewYear}主要指标`
      slides.push(kpiSlideFromMetrics(report, group.map((m) => m.id), { ...ids, title }))
    })
    if (growth.length >= 2) {
      slides.push(chartSlideFromMetrics(report, growth.map((m) => m.id), 'bar', { ...ids, title: `${reviewYear}主要指标增速` }))
    }
    slides.push(...previousYearSlides(report, opts.previous, ids))
    return slides
  }
  const targetSlides = (): Slide[] =>
    pairs.length > 0
      ? [
          chartSlideFromMetrics(report, pairs.map((m) => m.id), 'target', {
            ...ids,
            title: `${targetYear}主要预期目标`,
            caption: reviewYear && targetYear ? `${reviewYear}实际与${targetYear}目标对比` : '实际与目标对比',
          }),
        ]
      : []

  const body: Slide[] = []
  let reviewPlaced = false
  let targetPlaced = false
  const place = (section: Section | undefined) => {
    if (!reviewPlaced && (section === undefined || section === reviewHome)) {
      body.push(...reviewSlides())
      reviewPlaced = true
    }
    if (!targetPlaced && (section === undefined || section === targetHome || (targetHome === undefined && reviewPlaced))) {
      body.push(...targetSlides())
      targetPlaced = true
    }
  }
  for (const section of top) {
    place(section)
    const parts = section.children.length > 0 ? section.children : [section]
    for (const part of parts) body.push(...continueBullets(sectionSlideFromSection(report, part.id, ids), style, idGen))
  }
  place(undefined)

  const closing: Slide = {
    id: idGen('s'),
    layout: 'closing',
    title: CLOSING_TITLE,
    message: CLOSING_MESSAGE,
    notes: '',
    hidden: false,
    sources: [],
  }

  return createBriefing(report.title, {
    id: opts.id ?? briefingId(report),
    subtitle: DRAFT_SUBTITLE,
    meeting,
    date,
    organization,
    reportIds: [report.id, ...(opts.previous ? [opts.previous.id] : [])],
    slides: [cover, agenda, ...body, closing],
  })
}
