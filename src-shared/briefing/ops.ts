/**
 * Pure deck operations and slide factories. Every operation returns a new briefing and leaves its input
 * untouched; slides that did not change are shared by reference (so a store can diff cheaply). An
 * operation that changes nothing (unknown id, same position) returns its input as is.
 */
import { newId } from '../ids'
import type { Metric, ReportContent, Section } from '../schemas/report'
import type {
  BriefingContent,
  ChartType,
  Slide,
  SlideFigure,
  SlideLayout,
  SlideSource,
} from '../schemas/briefing'
import { formatFigure, formatPeriod, isTargetPeriod } from '../charts/format'

/** Makes an id from a prefix, e.g. `s` → `s-k3j9x2m1q8`. Inject a counter for deterministic output. */
export type IdGenerator = (prefix: string) => string

/** A deterministic id generator: `s-1`, `s-2`, … (or `<base>-s-1` with a base). */
export function counterIds(base = ''): IdGenerator {
  let n = 0
  return (prefix) => {
    n += 1
    return base ? `${base}-${prefix}-${n}` : `${prefix}-${n}`
  }
}

export interface FactoryOptions {
  /** Slide ids; default: random `newId('s')`. */
  newId?: IdGenerator
}

/** Slides of one layout. */
export type SlideOf<L extends SlideLayout> = Extract<Slide, { layout: L }>

/** The fields an edit may change on a slide of some layout: anything but its id and layout. */
export type SlidePatch = { [L in SlideLayout]: Partial<Omit<SlideOf<L>, 'id' | 'layout'>> }[SlideLayout]

/** The maximum number of bullets a section slide takes from a section. */
export const MAX_BULLETS = 6
/** A bullet longer than this is cut with an ellipsis. */
export const MAX_BULLET_CHARS = 60
export const MIN_KPI_FIGURES = 2
export const MAX_KPI_FIGURES = 6

// ── Deck operations ────────────────────────────────────────────────────────────────────────────────

function clampIndex(i: number, length: number): number {
  if (!Number.isFinite(i)) return length
  return Math.max(0, Math.min(length, Math.trunc(i)))
}

/** Inserts a slide at `at` (default: the end; clamped to 0..length). */
export function addSlide(briefing: BriefingContent, slide: Slide, at?: number): BriefingContent {
  const slides = [...briefing.slides]
  slides.splice(clampIndex(at ?? slides.length, slides.length), 0, slide)
  return { ...briefing, slides }
}

export function removeSlide(briefing: BriefingContent, slideId: string): BriefingContent {
  if (!briefing.slides.some((s) => s.id === slideId)) return briefing
  return { ...briefing, slides: briefing.slides.filter((s) => s.id !== slideId) }
}

/**
 * Inserts a deep copy of a slide right after it, with a new id (`newId('s')` unless one is given).
 * The copy is at index(original) + 1.
 */
export function duplicateSlide(briefing: BriefingContent, slideId: string, idGen: IdGenerator = newId): BriefingContent {
  const index = briefing.slides.findIndex((s) => s.id === slideId)
  const original = briefing.slides[index]
  if (!original) return briefing
  const copy: Slide = { ...structuredClone(original), id: idGen('s') }
  return addSlide(briefing, copy, index + 1)
}

/** Moves the slide at index `from` to index `to` (both clamped), as a drag in the thumbnail strip does. */
export function moveSlide(briefing: BriefingContent, from: number, to: number): BriefingContent {
  const n = briefing.slides.length
  if (n === 0) return briefing
  const src = Math.max(0, Math.min(n - 1, Math.trunc(from)))
  const dst = Math.max(0, Math.min(n - 1, Math.trunc(to)))
  if (src === dst) return briefing
  const slides = [...briefing.slides]
  const [moved] = slides.splice(src, 1)
  if (!moved) return briefing
  slides.splice(dst, 0, moved)
  return { ...briefing, slides }
}

export function setHidden(briefing: BriefingContent, slideId: string, hidden: boolean): BriefingContent {
  const slide = briefing.slides.find((s) => s.id === slideId)
  if (!slide || slide.hidden === hidden) return briefing
  return updateSlide(briefing, slideId, { hidden })
}

/**
 * Merges a patch into one slide. The id and layout never change (they are ignored if a caller passes them
 * anyway); to change a slide's layout, replace the slide.
 */
export function updateSlide(briefing: BriefingContent, slideId: string, patch: SlidePatch): BriefingContent {
  const index = briefing.slides.findIndex((s) => s.id === slideId)
  const slide = briefing.slides[index]
  if (!slide) return briefing
  const updated = { ...slide, ...patch, id: slide.id, layout: slide.layout } as Slide
  const slides = [...briefing.slides]
  slides[index] = updated
  return { ...briefing, slides }
}

// ── Factories ──────────────────────────────────────────────────────────────────────────────────────

export interface CreateBriefingOptions extends FactoryOptions {
  /** The briefing id; default `newId('b')`. */
  id?: string
  subtitle?: string
  meeting?: string
  date?: string
  organization?: string
  classification?: string
  theme?: string
  reportIds?: string[]
  /** The slides; default: one cover slide showing the title. */
  slides?: Slide[]
}

/** A new briefing (content only, without the envelope fields the store adds on save). */
export function createBriefing(title: string, opts: CreateBriefingOptions = {}): BriefingContent {
  const idGen = opts.newId ?? newId
  const subtitle = opts.subtitle ?? ''
  const organization = opts.organization ?? ''
  const date = opts.date ?? ''
  const slides: Slide[] = opts.slides ?? [
    { ...createSlide('cover', { newId: idGen }), title, subtitle, organization, date },
  ]
  return {
    id: opts.id ?? newId('b'),
    title,
    subtitle,
    meeting: opts.meeting ?? '',
    date,
    organization,
    classification: opts.classification ?? '',
    theme: opts.theme ?? 'official',
    reportIds: opts.reportIds ?? [],
    slides,
  }
}

/** An empty slide of a layout, as the “add slide” menu inserts it. */
export function createSlide<L extends SlideLayout>(layout: L, opts: FactoryOptions = {}): SlideOf<L> {
  const base = { id: (opts.newId ?? newId)('s'), title: '', notes: '', hidden: false, sources: [] as SlideSource[] }
  const slides: { [K in SlideLayout]: () => SlideOf<K> } = {
    cover: () => ({ ...base, layout: 'cover', title: '标题', subtitle: '', organization: '', date: '' }),
    agenda: () => ({ ...base, layout: 'agenda', title: '汇报提纲', items: [] }),
    section: () => ({ ...base, layout: 'section', title: '标题', bullets: [] }),
    kpi: () => ({ ...base, layout: 'kpi', title: '主要指标', figures: [] }),
    chart: () => ({ ...base, layout: 'chart', title: '图表', chart: { type: 'bar', title: '', figures: [] }, caption: '' }),
    table: () => ({ ...base, layout: 'table', title: '表格', columns: [], rows: [] }),
    quote: () => ({ ...base, layout: 'quote', title: '', quote: '', attribution: '' }),
    closing: () => ({ ...base, layout: 'closing', title: '谢谢！', message: '请各位领导批评指正' }),
  }
  return slides[layout]()
}

// ── Report helpers ─────────────────────────────────────────────────────────────────────────────────

/** Depth-first search of the section tree. */
export function findSection(sections: readonly Section[], sectionId: string): Section | undefined {
  for (const s of sections) {
    if (s.id === sectionId) return s
    const found = findSection(s.children, sectionId)
    if (found) return found
  }
  return undefined
}

/** The ids of a section and all its descendants. */
export function sectionSubtreeIds(section: Section): Set<string> {
  const ids = new Set<string>()
  const walk = (s: Section) => {
    ids.add(s.id)
    s.children.forEach(walk)
  }
  walk(section)
  return ids
}

/** The first sentence of a text, up to and including its full stop (。！？; or a line end). */
export function firstSentence(text: string): string {
  const t = text.trim()
  const m = /^[\s\S]*?[。！？!?；;]/.exec(t)
  const sentence = m ? m[0] : (t.split(/\n/)[0] ?? '')
  return sentence.trim()
}

/** A bullet from a lead or sentence: whitespace trimmed, the final stop dropped, long text cut. */
export function toBullet(text: string): string {
  let b = text.replace(/\s+/g, ' ').trim().replace(/[。；;，,、：:！!]+$/u, '').trim()
  const chars = [...b]
  if (chars.length > MAX_BULLET_CHARS) b = `${chars.slice(0, MAX_BULLET_CHARS - 1).join('')}…`
  return b
}

/** The sentences of a paragraph, each with its stop. */
function sentencesOf(text: string): string[] {
  return text.match(/[^。！？!?；;]+[。！？!?；;]?/gu)?.map((x) => x.trim()).filter((x) => x !== '') ?? []
}

/**
 * What a slide says of a sentence: its opening clause when that clause says something on its own
 * (“华友锂电一期全部投产，总投资846亿元二期项目…” → “华友锂电一期全部投产”), else the sentence.
 */
export function headlineOf(sentence: string): string {
  const clause = /^[^，,：:]+/u.exec(sentence.trim())?.[0] ?? ''
  return [...clause].length >= 6 ? clause : sentence
}

/**
 * Bullets from a section's own paragraphs: each paragraph's lead, else the headline of its first
 * sentence; when that gives fewer than three (reports often write a part as one long paragraph), the
 * headlines of the following sentences too. No repeats, at most six.
 */
function paragraphBullets(section: Section): string[] {
  const bullets: string[] = []
  const add = (text: string) => {
    const b = toBullet(text)
    // A sentence that only restates the section title is no bullet.
    if (b && b !== section.title && !bullets.includes(b) && bullets.length < MAX_BULLETS) bullets.push(b)
  }
  for (const p of section.paragraphs) add(p.lead?.trim() ? p.lead : headlineOf(firstSentence(p.text)))
  if (bullets.length < 3) {
    for (const p of section.paragraphs) {
      const rest = p.lead?.trim() ? p.text.slice(p.text.indexOf(p.lead) + p.lead.length) : p.text
      for (const sentence of sentencesOf(rest)) add(headlineOf(sentence))
    }
  }
  return bullets
}

function metricsById(report: ReportContent, metricIds: readonly string[]): Metric[] {
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
function metricSources(report: ReportContent, metrics: readonly Metric[]): SlideSource[] {
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

export interface SlideFactoryOptions extends FactoryOptions {
  /** The slide title; each factory has a sensible default. */
  title?: string
}

/**
 * A section slide: the section's title and up to six bullets from its paragraphs' leads (a paragraph
 * without a lead gives its first sentence). A section without paragraphs lists its subsections' titles.
 * Notes: the leads and the quotes of the section's metrics.
 */
export function sectionSlideFromSection(report: ReportContent, sectionId: string, opts: SlideFactoryOptions = {}): SlideOf<'section'> {
  const section = findSection(report.sections, sectionId)
  if (!section) throw new Error(`报告中找不到章节：${sectionId}`)
  let bullets = paragraphBullets(section)
  if (bullets.length === 0) bullets = section.children.slice(0, MAX_BULLETS).map((c) => toBullet(c.title))
  const ids = sectionSubtreeIds(section)
  const own = report.metrics.filter((m) => m.sectionId !== null && ids.has(m.sectionId))
  const leads = section.paragraphs.map((p) => p.lead?.trim()).filter((l): l is string => !!l)
  const notes = [leads.join(''), notesFromQuotes(own, 5)].filter((s) => s !== '').join('\n')
  return {
    id: (opts.newId ?? newId)('s'),
    layout: 'section',
    title: opts.title ?? section.title,
    notes,
    hidden: false,
    sources: [{ reportId: report.id, sectionId: section.id }],
    bullets,
  }
}

/** A KPI slide of 2..6 figures, each with its goal when the report has one. Throws outside 2..6. */
export function kpiSlideFromMetrics(report: ReportContent, metricIds: readonly string[], opts: SlideFactoryOptions = {}): SlideOf<'kpi'> {
  if (metricIds.length < MIN_KPI_FIGURES || metricIds.length > MAX_KPI_FIGURES) {
    throw new RangeError(`指标卡片需要 ${MIN_KPI_FIGURES}–${MAX_KPI_FIGURES} 个指标，收到 ${metricIds.length} 个`)
  }
  const metrics = metricsById(report, metricIds)
  return {
    id: (opts.newId ?? newId)('s'),
    layout: 'kpi',
    title: opts.title ?? '主要指标',
    notes: notesFromQuotes(metrics),
    hidden: false,
    sources: metricSources(report, metrics),
    figures: metrics.map((m) => figureFromMetric(report, m)),
  }
}

const CHART_TITLES: Record<ChartType, string> = {
  bar: '主要指标',
  line: '指标走势',
  pie: '构成',
  gauge: '完成情况',
  radar: '指标概览',
  target: '实际与目标',
}

/** A chart slide of the given metrics; figures carry their goals, which the 'target' chart compares. */
export function chartSlideFromMetrics(
  report: ReportContent,
  metricIds: readonly string[],
  type: ChartType,
  opts: SlideFactoryOptions & { caption?: string } = {},
): SlideOf<'chart'> {
  const metrics = metricsById(report, metricIds)
  return {
    id: (opts.newId ?? newId)('s'),
    layout: 'chart',
    title: opts.title ?? CHART_TITLES[type],
    notes: notesFromQuotes(metrics),
    hidden: false,
    sources: metricSources(report, metrics),
    chart: { type, title: '', figures: metrics.map((m) => figureFromMetric(report, m)) },
    caption: opts.caption ?? '',
  }
}

/** Orders periods: years ascending, a year's result before its target, unknown periods last. */
function comparePeriods(a: string | null, b: string | null): number {
  const key = (p: string | null): [number, number, string] => {
    if (p === null) return [Number.MAX_SAFE_INTEGER, 0, '']
    const year = /^(\d{4})/.exec(p)
    return [year ? Number(year[1]) : Number.MAX_SAFE_INTEGER - 1, isTargetPeriod(p) ? 1 : 0, p]
  }
  const [ya, ta, sa] = key(a)
  const [yb, tb, sb] = key(b)
  return ya - yb || ta - tb || (sa < sb ? -1 : sa > sb ? 1 : 0)
}

/**
 * A table slide: one row per label (in the order the metrics are given), one column per period (“2023年”,
 * “2024年目标”), cells formatted as on KPI cards. Two figures of one label and period (an amount and its
 * growth) share a cell, joined by “ / ”; a missing figure is an empty cell.
 */
export function tableSlideFromMetrics(report: ReportContent, metricIds: readonly string[], opts: SlideFactoryOptions = {}): SlideOf<'table'> {
  const metrics = metricsById(report, metricIds)
  const periods = [...new Set(metrics.map((m) => m.period))].sort(comparePeriods)
  const labels = [...new Set(metrics.map((m) => m.label))]
  const rows = labels.map((label) => {
    const own = metrics.filter((m) => m.label === label)
    return {
      label,
      cells: periods.map((p) =>
        own
          .filter((m) => m.period === p)
          .map((m) => formatFigure(m.value, m.unit, m.qualifier))
          .join(' / '),
      ),
      metricIds: own.map((m) => m.id),
    }
  })
  return {
    id: (opts.newId ?? newId)('s'),
    layout: 'table',
    title: opts.title ?? '主要指标',
    notes: notesFromQuotes(metrics),
    hidden: false,
    sources: metricSources(report, metrics),
    columns: periods.map(formatPeriod),
    rows,
  }
}
