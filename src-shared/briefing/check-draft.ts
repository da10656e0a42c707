/**
 * What every draft must satisfy, whatever report it came from — a checker the tests run on the sample, on the
 * corpus and on reports nobody has seen. Each problem names its rule, its slide and what is wrong; an empty
 * list is a draft an office can hand on:
 *
 * - bullets: no salutation, none shorter than six characters, no dash-led fragment, none beyond two lines at
 *   the body size, each taken from the report's own words;
 * - KPI cards: the label is a known indicator or the report's own full name, and the value says its verb;
 * - targets: every target shown is for the plan year and says so; the targets slides hold every target the
 *   report states (its targets passage, and its targets of headline indicators);
 * - sources: every figure, target and table row points to a metric of the report whose quote is its text, with
 *   the value the slide shows; no figure 待核对;
 * - text: nothing clipped or ellipsised (the fitting rule says everything fits).
 */
import { BriefingContentSchema, type BriefingContent, type Slide, type SlideFigure } from '../schemas/briefing'
import type { Metric, ReportContent } from '../schemas/report'
import { indicatorById, indicatorOf } from '../report/indicators'
import { needsCheck } from '../report/needs-check'
import { parsePeriod, period as periodOf } from '../report/period-format'
import { layoutContext, overflowingRoles, slideElements } from '../slides/deck'
import { figureWords, goalWords, periodWords } from '../slides/figure-wording'
import { bulletLineCount } from '../slides/layouts/section'
import { BULLET_WORDS, MAX_BULLET_LINES, MIN_BULLET_CHARS, fullWidthPunctuation, isSalutation } from './bullets'
import { sectionSubtreeIds } from './report-text'
import { draftYears } from './draft-figures'

export const DRAFT_RULES = [
  'schema',
  'bullet-salutation',
  'bullet-short',
  'bullet-fragment',
  'bullet-long',
  'bullet-not-in-report',
  'kpi-label',
  'kpi-verb',
  'target-year',
  'targets-missing',
  'figure-source',
  'figure-unsure',
  'text-overflow',
  'ellipsis',
] as const
export type DraftRule = (typeof DRAFT_RULES)[number]

export interface DraftProblem {
  rule: DraftRule
  /** Index of the slide in the draft, or null for the draft as a whole. */
  slide: number | null
  detail: string
}

/** Report text as bullets are compared with it: full-width punctuation, one space for any run, no note marks (`［28］`). */
function comparable(text: string): string {
  return fullWidthPunctuation(text).replace(/［\d+］|\[\d+\]/gu, '').replace(/\s+/gu, '')
}

/** Characters that can join or end a noun phrase but never begin or end a full one. */
const DANGLING = /^[的和与及、，：]|[的和与及、，：在对将把被]$/u

function figuresOf(slide: Slide): SlideFigure[] {
  return slide.layout === 'kpi' ? slide.figures : slide.layout === 'chart' ? slide.chart.figures : []
}

/** Every string a slide shows that came from the draft (titles, bullets, labels, cells, items, captions). */
function slideStrings(slide: Slide): string[] {
  const out = [slide.title]
  if (slide.layout === 'section') out.push(...slide.bullets)
  if (slide.layout === 'agenda') out.push(...slide.items)
  if (slide.layout === 'table') out.push(...slide.columns, ...slide.rows.flatMap((r) => [r.label, ...r.cells]))
  if (slide.layout === 'chart') out.push(slide.caption)
  out.push(...figuresOf(slide).map((f) => f.label))
  return out
}

/** The plan year's targets the report states: in its targets passage, or of headline indicators it does not list. */
export function reportStatedTargets(report: ReportContent, plan: number): Metric[] {
  const target = periodOf(plan, plan, true)
  const annex = new Set((report.annexes ?? []).flatMap((a) => [...sectionSubtreeIds(a)]))
  const targets = report.metrics.filter((m) => m.period === target && !needsCheck(m) && !(m.sectionId !== null && annex.has(m.sectionId)))
  const paragraphs: { start: number; end: number; text: string }[] = []
  const walk = (s: ReportContent['sections'][number]) => {
    paragraphs.push(...s.paragraphs)
    s.children.forEach(walk)
  }
  report.sections.forEach(walk)
  const passage = paragraphs
    .filter((p) => /主要预期目标|预期目标|主要目标/u.test(p.text))
    .sort((a, b) => a.start - b.start)
    .find((p) => targets.filter((m) => m.start >= p.start && m.end <= p.end).length >= 2)
  const inPassage = (m: Metric) => passage !== undefined && m.start >= passage.start && m.end <= passage.end
  // A headline target outside the passage counts only when the passage lists none of its indicator and kind.
  const listed = (m: Metric) => targets.some((t) => inPassage(t) && t.indicator === m.indicator && t.kind === m.kind)
  return targets.filter((m) => inPassage(m) || ((indicatorById(m.indicator)?.headline ?? 0) > 0 && !listed(m)) || (!passage && m.indicator !== null))
}

/** The problems of a draft of `report`; none for a draft an office can hand on. */
export function checkDraft(report: ReportContent, draft: BriefingContent): DraftProblem[] {
  const problems: DraftProblem[] = []
  const add = (rule: DraftRule, slide: number | null, detail: string) => problems.push({ rule, slide, detail })
  const parsed = BriefingContentSchema.safeParse(draft)
  if (!parsed.success) add('schema', null, parsed.error.message)
  const ids = draft.slides.map((s) => s.id)
  if (new Set(ids).size !== ids.length) add('schema', null, 'slide ids repeat')

  const text = comparable(report.text)
  const byId = new Map(report.metrics.map((m) => [m.id, m]))
  const plan = draftYears(report).plan
  const planTarget = plan === null ? null : periodOf(plan, plan, true)

  /** A reference to a metric that must resolve to its quote (and, when given, show its value). */
  const resolve = (i: number, id: string | undefined, what: string, value?: number): Metric | null => {
    const m = id === undefined ? undefined : byId.get(id)
    if (!m) {
      add('figure-source', i, `${what}: no metric ${id ?? '(none)'}`)
      return null
    }
    if (report.text.slice(m.start, m.end) !== m.quote) add('figure-source', i, `${what}: ${m.id}'s quote is not at its offsets`)
    if (value !== undefined && value !== m.value) add('figure-source', i, `${what}: shows ${value}, the report says ${m.value}`)
    if (needsCheck(m)) add('figure-unsure', i, `${what}: ${m.id} (${m.label}) is 待核对`)
    return m
  }
  const checkTarget = (i: number, f: SlideFigure, what: string) => {
    const t = f.target
    if (!t) return
    resolve(i, t.metricId, `${what}'s target`, t.value)
    if (planTarget !== null && t.period !== planTarget) add('target-year', i, `${what}'s target is for ${t.period}, not ${planTarget}`)
    const goal = goalWords(f)
    const own = parsePeriod(f.period)
    const theirs = parsePeriod(t.period)
    const sameYear = own !== null && theirs !== null && own.from === theirs.from && own.to === theirs.to
    if (!sameYear && !goal.startsWith(periodWords(t.period))) add('target-year', i, `${what}'s target reads “${goal}”, not as ${periodWords(t.period)}`)
  }
  const shownTargets = new Set<string>()

  draft.slides.forEach((slide, i) => {
    const ctx = layoutContext(draft, i)
    const over = overflowingRoles(slideElements(slide, ctx))
    if (over.length > 0) add('text-overflow', i, `${slide.title}: ${over.join(', ')} cut`)
    for (const s of slideStrings(slide)) if (s.includes('…') && !text.includes(comparable(s))) add('ellipsis', i, `“${s}”`)
    for (const src of slide.sources) for (const id of src.metricIds ?? []) resolve(i, id, `source of “${slide.title}”`)

    if (slide.layout === 'section') {
      const lines = bulletLineCount(ctx)
      for (const b of slide.bullets) {
        if (isSalutation(b)) add('bullet-salutation', i, `“${b}”`)
        if ([...b].length < MIN_BULLET_CHARS) add('bullet-short', i, `“${b}”`)
        if (BULLET_WORDS.fragmentLeads.some((d) => b.trim().startsWith(d))) add('bullet-fragment', i, `“${b}”`)
        if (lines(b) > MAX_BULLET_LINES) add('bullet-long', i, `“${b}” takes ${lines(b)} lines`)
        if (!text.includes(comparable(b))) add('bullet-not-in-report', i, `“${b}”`)
      }
    }
    if (slide.layout === 'kpi') {
      slide.figures.forEach((f, k) => {
        const m = resolve(i, f.metricId, `card ${k + 1}`, f.value)
        const known = indicatorOf(f.label) !== null
        const ownName = m !== null && f.label === m.label && [...f.label].length >= 4 && !DANGLING.test(f.label)
        if (!known && !ownName) add('kpi-label', i, `card ${k + 1}: “${f.label}” is neither an indicator nor the report's full name`)
        if (figureWords(f).verb === '') add('kpi-verb', i, `card ${k + 1}: “${f.label}” says no verb`)
        checkTarget(i, f, `card ${k + 1}`)
      })
    }
    if (slide.layout === 'chart') {
      slide.chart.figures.forEach((f, k) => {
        resolve(i, f.metricId, `bar ${k + 1}`, f.value)
        checkTarget(i, f, `bar ${k + 1}`)
      })
      if (slide.chart.type === 'target' && plan !== null && !slide.title.includes(periodWords(planTarget))) add('target-year', i, `“${slide.title}” does not name ${periodWords(planTarget)}`)
    }
    if (slide.layout === 'table') {
      const targetTable = slide.rows.some((r) => r.metricIds.some((id) => byId.get(id)?.period?.endsWith(' target')))
      for (const row of slide.rows) {
        if (row.metricIds.length === 0) add('figure-source', i, `row “${row.label}” names no metric`)
        for (const id of row.metricIds) {
          const m = resolve(i, id, `row “${row.label}”`)
          if (m) shownTargets.add(m.id)
          if (m && planTarget !== null && m.period !== planTarget) add('target-year', i, `row “${row.label}”: ${m.id} is for ${m.period}, not ${planTarget}`)
        }
      }
      if (targetTable && planTarget !== null && !slide.columns.every((c) => c === periodWords(planTarget))) add('target-year', i, `columns ${slide.columns.join(' | ')} do not say ${periodWords(planTarget)}`)
    }
  })

  if (plan !== null) {
    const key = (m: Metric) => `${m.indicator ?? m.label}\u0000${m.kind}\u0000${m.value}\u0000${m.unit}`
    const held = new Set([...shownTargets].map((id) => key(byId.get(id)!)))
    for (const m of reportStatedTargets(report, plan)) if (!held.has(key(m))) add('targets-missing', null, `${m.id} ${m.label} ${m.value}${m.unit} (${m.quote})`)
  }
  return problems
}
