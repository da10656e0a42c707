/**
 * Which figures of a report a draft puts on slides. A wrong figure on a drafted slide reaches a leader, so the
 * draft takes only what it can stand behind: figures of the report's body (never its annexes), that the
 * parser is sure of or a person confirmed (never 待核对), that measure a standard indicator
 * (report/indicators.ts) — headline indicators first, in their order of importance — for the right year:
 * the review year's results and the plan year's targets.
 */
import type { Metric, MetricKind, Paragraph, ReportContent, Section } from '../schemas/report'
import { HEADLINE_INDICATORS, INDICATORS, indicatorById, type IndicatorDef } from '../report/indicators'
import { needsCheck } from '../report/needs-check'
import { formatPeriod, parsePeriod, period as periodOf, type Period } from '../report/period-format'
import { sectionSubtreeIds } from './report-text'

/** The years of a draft: the plan year (the report's own) and the review year before it. */
export interface DraftYears {
  plan: number | null
  review: number | null
}

/** At most this many KPI cards (two slides of six). */
export const MAX_KPI_CARDS = 12
/** Cards of one slide: other standard indicators join the headline ones only while there are fewer. */
export const ONE_SLIDE_OF_CARDS = 6
/** The growth chart: at least three rates, at most eight. */
export const MIN_GROWTH_BARS = 3
export const MAX_GROWTH_BARS = 8
/** The actual-vs-target chart: at least two pairs. */
export const MIN_TARGET_PAIRS = 2
/** Kinds a KPI card shows; ranks and point changes read badly alone on a card. */
const CARD_KINDS: readonly MetricKind[] = ['amount', 'count', 'share', 'growth']
/** A card's first figure of an indicator: its growth rate when the report gives one, else its level. */
const PRIMARY_KIND_ORDER: readonly MetricKind[] = ['growth', 'amount', 'count', 'share']
/** Within one indicator, cards read as the report does: the level, then its growth (`达到…`, `增长…`). */
const READING_KIND_ORDER: readonly MetricKind[] = ['amount', 'count', 'share', 'growth']
/**
 * Indicators whose level goes beside their rate before any other indicator's rate: the size of the economy
 * (`地区生产总值达到3151亿元，增长8.2%`) is the first thing a briefing states, ahead of a twelfth indicator's growth.
 */
const LEVEL_FIRST: readonly string[] = ['gdp']
/** Words that announce a report's main targets (`今年经济社会发展的主要预期目标是：…`). */
export const TARGETS_CUES = ['主要预期目标', '预期目标', '主要目标'] as const

function byPosition(a: Metric, b: Metric): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: number | null = null
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v > best)) best = v
  return best
}

/**
 * The plan year: the report's year, else the year most of its single-year targets are for. The review year:
 * the one before, else (a report without targets) the year most of its indicator figures describe.
 */
export function draftYears(report: ReportContent): DraftYears {
  const single = report.metrics.map((m) => parsePeriod(m.period)).filter((p) => p !== null && p.from === p.to)
  const plan = report.year ?? mostCommon(single.filter((p) => p!.target).map((p) => p!.from))
  if (plan !== null) return { plan, review: plan - 1 }
  const review = mostCommon(report.metrics.filter((m) => m.indicator !== null).flatMap((m) => {
    const p = parsePeriod(m.period)
    return p && !p.target && p.from === p.to ? [p.from] : []
  }))
  return { plan: null, review }
}

/** The ids of the sections of the report's annexes (附件, 名词解释, 注释), which a draft never takes figures from. */
function annexSectionIds(report: ReportContent): Set<string> {
  const ids = new Set<string>()
  for (const a of report.annexes ?? []) for (const id of sectionSubtreeIds(a)) ids.add(id)
  return ids
}

/** Figures a draft may use: in the report's body, and sure (not 待核对), in report order. */
export function usableMetrics(report: ReportContent): Metric[] {
  const annex = annexSectionIds(report)
  return report.metrics.filter((m) => !needsCheck(m) && !(m.sectionId !== null && annex.has(m.sectionId))).sort(byPosition)
}

/** Standard indicators in the draft's order: headline ones by importance, then the rest of the vocabulary. */
const INDICATOR_ORDER: ReadonlyMap<string, number> = new Map(
  [...HEADLINE_INDICATORS, ...(INDICATORS as readonly IndicatorDef[]).filter((d) => d.headline === 0)].map((d, i) => [d.id, i]),
)
const isHeadline = (m: Metric) => (indicatorById(m.indicator)?.headline ?? 0) > 0
const indicatorRank = (m: Metric) => INDICATOR_ORDER.get(m.indicator ?? '') ?? Number.MAX_SAFE_INTEGER

/**
 * What a slide calls a figure: the report's own name for its indicator when that is the indicator's full name
 * or an equally full synonym (`国内生产总值`, `城镇常住居民人均可支配收入`), else the indicator's full name
 * (`生产总值`, `规上工业增加值`, `CPI` → `居民消费价格`); a figure of no indicator keeps its label.
 */
export function figureLabel(m: Pick<Metric, 'label' | 'indicator'>): string {
  const def = indicatorById(m.indicator)
  if (!def) return m.label
  const full = [def.name, ...def.synonyms].includes(m.label) && [...m.label].length >= [...def.name].length && !/[A-Za-z]/u.test(m.label)
  return full ? m.label : def.name
}

/** Kinds of a level (`达到4.5万亿元`, `城镇化率42.4%`), which a year at a span's end shares with the span. */
const LEVEL_KINDS: readonly MetricKind[] = ['amount', 'count', 'share']

/**
 * The review year's results of standard indicators, in report order; or those of `span`, its levels at the span's
 * end (the review year's `生产总值达到4.5万亿元`) first: a five-year review ends at the level its last year reached,
 * more exactly than the span's round figure (`突破4千亿元`). The year's growth rates stay off a span's cards, where
 * they would read as the span's.
 */
function reviewIndicatorMetrics(report: ReportContent, years: DraftYears, span?: Period, endLevels = true): Metric[] {
  if (years.review === null && !span) return []
  const usable = usableMetrics(report).filter((m) => m.indicator !== null)
  if (!span) return usable.filter((m) => m.period === periodOf(years.review!))
  const ofSpan = usable.filter((m) => m.period === formatPeriod(span))
  if (!endLevels) return ofSpan
  return [...usable.filter((m) => m.period === periodOf(span.to) && LEVEL_KINDS.includes(m.kind)), ...ofSpan]
}

/**
 * The span a report reviews up to its review year (`过去五年…年均增长7.1%` → 2013-2017), the one its figures of
 * standard indicators name most; null when it names none.
 */
export function reviewSpan(report: ReportContent, years: DraftYears): Period | null {
  if (years.review === null) return null
  const counts = new Map<string, number>()
  for (const m of usableMetrics(report)) {
    const p = parsePeriod(m.period)
    if (m.indicator !== null && p && !p.target && p.from < p.to && p.to === years.review) counts.set(formatPeriod(p), (counts.get(formatPeriod(p)) ?? 0) + 1)
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]
  return best ? parsePeriod(best[0]) : null
}

/** A growth rate in percent (not a multiple: `2.7倍` is no card's `增长`). */
const isPercentGrowth = (m: Metric) => m.kind === 'growth' && m.unit === '%'
const cardable = (m: Metric) => CARD_KINDS.includes(m.kind) && (m.kind !== 'growth' || isPercentGrowth(m))

/**
 * The KPI cards: the review year's figures of standard indicators. First one figure of each headline indicator
 * in order of importance (its growth rate, else its level; the economy's size beside its rate), then each one's second figure (its level beside its
 * rate); other indicators only while the cards fill less than one slide. At most twelve, ordered by indicator,
 * level before rate. Side figures (a company's output, a loan programme) never appear. A span's cards take the
 * levels its last year reached unless `endLevels` is false (the span's own figures).
 */
export function headlineCardMetrics(report: ReportContent, years: DraftYears, span?: Period, endLevels = true): Metric[] {
  const byIndicator = new Map<string, Metric[]>()
  for (const m of reviewIndicatorMetrics(report, years, span, endLevels).filter(cardable)) {
    const list = byIndicator.get(m.indicator!) ?? []
    // One figure of each kind per indicator: the first the report gives.
    if (!list.some((x) => x.kind === m.kind)) list.push(m)
    byIndicator.set(m.indicator!, list)
  }
  const ordered = [...byIndicator.values()].sort((a, b) => indicatorRank(a[0]!) - indicatorRank(b[0]!))
  const primary = (list: Metric[]) => [...list].sort((a, b) => PRIMARY_KIND_ORDER.indexOf(a.kind) - PRIMARY_KIND_ORDER.indexOf(b.kind))
  const chosen: Metric[] = []
  const take = (m: Metric | undefined) => {
    if (m && chosen.length < MAX_KPI_CARDS && !chosen.includes(m)) chosen.push(m)
  }
  const headline = ordered.filter((l) => isHeadline(l[0]!))
  for (const l of headline) {
    take(primary(l)[0])
    if (LEVEL_FIRST.includes(l[0]!.indicator!)) take(primary(l)[1])
  }
  for (const l of headline) take(primary(l)[1])
  for (const l of ordered.filter((l) => !isHeadline(l[0]!))) if (chosen.length < ONE_SLIDE_OF_CARDS) take(primary(l)[0])
  // Cards come in slides of four to six: seven cannot make two, so the last chosen (least important) goes.
  if (chosen.length === ONE_SLIDE_OF_CARDS + 1) chosen.pop()
  return chosen.sort((a, b) => indicatorRank(a) - indicatorRank(b) || READING_KIND_ORDER.indexOf(a.kind) - READING_KIND_ORDER.indexOf(b.kind))
}

/** The growth chart: the review year's growth rates (in %) of standard indicators, one each, by importance. */
export function growthChartMetrics(report: ReportContent, years: DraftYears): Metric[] {
  const seen = new Set<string>()
  const rates = reviewIndicatorMetrics(report, years)
    .filter(isPercentGrowth)
    .filter((m) => (seen.has(m.indicator!) ? false : (seen.add(m.indicator!), true)))
    .sort((a, b) => indicatorRank(a) - indicatorRank(b))
    .slice(0, MAX_GROWTH_BARS)
  return rates.length >= MIN_GROWTH_BARS ? rates : []
}

/** The plan year's targets the draft may show, in report order. */
function planTargets(report: ReportContent, years: DraftYears): Metric[] {
  if (years.plan === null) return []
  const target = periodOf(years.plan, years.plan, true)
  return usableMetrics(report).filter((m) => m.period === target)
}

/**
 * Pairs for the actual-vs-target chart: a review-year growth rate and the plan year's target of the same
 * indicator and kind (both in %), one pair per indicator, by importance.
 */
export function targetPairs(report: ReportContent, years: DraftYears): { actual: Metric; target: Metric }[] {
  const targets = planTargets(report, years).filter((t) => t.indicator !== null && isPercentGrowth(t))
  const pairs: { actual: Metric; target: Metric }[] = []
  for (const actual of reviewIndicatorMetrics(report, years).filter(isPercentGrowth).sort((a, b) => indicatorRank(a) - indicatorRank(b))) {
    if (pairs.some((p) => p.actual.indicator === actual.indicator)) continue
    const target = targets.find((t) => t.indicator === actual.indicator && t.kind === actual.kind && t.unit === actual.unit)
    if (target) pairs.push({ actual, target })
  }
  return pairs.length >= MIN_TARGET_PAIRS ? pairs : []
}

/** Every paragraph of the report's body, with the top section it belongs to. */
function bodyParagraphs(report: ReportContent): { paragraph: Paragraph; top: Section }[] {
  const out: { paragraph: Paragraph; top: Section }[] = []
  const walk = (s: Section, top: Section) => {
    for (const p of s.paragraphs) out.push({ paragraph: p, top })
    for (const c of s.children) walk(c, top)
  }
  for (const top of report.sections) walk(top, top)
  return out.sort((a, b) => a.paragraph.start - b.paragraph.start)
}

const within = (m: Metric, p: Paragraph) => m.start >= p.start && m.end <= p.end

/** The report's main targets: what the draft's `主要预期目标` slide shows, and what it leaves for checking. */
export interface StatedTargets {
  /** Targets to show, in report order. */
  shown: Metric[]
  /** Targets the report states there that a person should check first (待核对): named in the notes, not shown. */
  unsure: Metric[]
  /** The top section where the report states them (the plan's), if any. */
  home: Section | null
}

/**
 * The plan year's targets the report states: every one in its targets passage (the paragraph that announces
 * `主要预期目标` and lists at least two of them), and every target of a headline indicator it states elsewhere
 * in its body whose indicator and kind the passage lists none of; one per indicator, kind and value. A report without such a passage: its targets of standard
 * indicators.
 */
export function statedTargets(report: ReportContent, years: DraftYears): StatedTargets {
  if (years.plan === null) return { shown: [], unsure: [], home: null }
  const target = periodOf(years.plan, years.plan, true)
  const annex = annexSectionIds(report)
  const all = report.metrics.filter((m) => m.period === target && !(m.sectionId !== null && annex.has(m.sectionId))).sort(byPosition)
  const passage = bodyParagraphs(report).find(
    ({ paragraph }) => TARGETS_CUES.some((c) => paragraph.text.includes(c)) && all.filter((m) => within(m, paragraph)).length >= 2,
  )
  const inPassage = passage ? all.filter((m) => within(m, passage.paragraph)) : []
  // The passage is the report's own list: a target of the same indicator and kind elsewhere in the body is a
  // sector's, a park's or a programme's (`园区规上工业增加值增长20%`, `带动就业15万人`), not the headline's — unless
  // the passage's own is 待核对 and off the slide.
  const listed = (m: Metric) => inPassage.some((t) => t.indicator === m.indicator && t.kind === m.kind && !needsCheck(t))
  const stated = passage ? [...inPassage, ...all.filter((m) => !within(m, passage.paragraph) && isHeadline(m) && !listed(m))].sort(byPosition) : all.filter((m) => m.indicator !== null)
  const seen = new Set<string>()
  const unique = stated.filter((m) => {
    const key = `${m.indicator ?? m.label}\u0000${m.kind}\u0000${m.value}\u0000${m.unit}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const home = passage?.top ?? homeSection(report, unique)
  return { shown: unique.filter((m) => !needsCheck(m)), unsure: unique.filter(needsCheck), home: home ?? null }
}

/** The top section whose subtree holds most of the given metrics (first on ties), if any holds one. */
export function homeSection(report: ReportContent, metrics: readonly Metric[]): Section | undefined {
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
