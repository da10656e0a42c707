/**
 * A first draft of a briefing from an analysed report, one a government office can hand to a leader: cover,
 * agenda, the review year's headline figures (KPI cards, growth chart) at the head of the review, the plan
 * year's targets (`主要预期目标` table, actual-vs-target chart) at the head of the plan, one slide per part of the
 * report with its points as bullets (continued on `（续）` slides when they do not fit), and a closing slide.
 *
 * The parts: which figures (draft-figures.ts), their slides (draft-figure-slides.ts), how a figure reads
 * (slides/figure-wording.ts), which sentences make bullets (bullets.ts), names (draft-title.ts); and what every
 * draft must satisfy (check-draft.ts).
 *
 * Deterministic: the same report and options give the same briefing, ids included (they come from a
 * counter), so a draft can be diffed, tested and re-drafted without noise.
 */
import type { BriefingContent, Slide } from '../schemas/briefing'
import type { ReportContent, Section } from '../schemas/report'
import { ID_PATTERN, type IdGenerator } from '../ids'
import { parseSpeakerLine } from '../report/speaker-line'
import { createBriefing } from './deck-operations'
import { draftYears, headlineCardMetrics, homeSection, statedTargets, targetPairs } from './draft-figures'
import { growthChartSlides, kpiSlides, targetChartSlides, targetsTableSlides } from './draft-figure-slides'
import { draftTitle, fittingHeading, organizationOf } from './draft-title'
import { fullWidthPunctuation } from './bullets'
import { bulletLineCount, sectionSlideFromSection } from '../slides/layouts/section'
import { CONTINUED, continueBullets } from '../slides/continuation'
import { layoutContext, overflowingRoles, slideElements } from '../slides/deck'
import type { LayoutContext } from '../slides/layouts'
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

/** The speaker line is read by the report's head module; the draft names its organisation, meeting and date. */
export { parseSpeakerLine, type SpeakerLine } from '../report/speaker-line'
export { draftYears, growthChartMetrics, headlineCardMetrics, statedTargets, targetPairs } from './draft-figures'
export { kpiGroups, MAX_DRAFT_KPI_SLIDES } from './draft-figure-slides'

function briefingId(report: ReportContent): string {
  const id = `b-${report.id}`.slice(0, 64)
  return ID_PATTERN.test(id) ? id : 'b-draft'
}

/**
 * The slides of one part of the report: its heading (punctuation full-width, as a slide writes it) and its points,
 * continued on `（续）` slides at the deck's body size.
 */
function partSlides(report: ReportContent, part: Section, style: LayoutContext, newId: IdGenerator): Slide[] {
  const title = fullWidthPunctuation(part.title)
  return continueBullets(sectionSlideFromSection(report, part.id, { newId, title, lines: bulletLineCount(style) }), style, newId)
}

/** Whether a slide's text of `role` fits as the deck sets it (the fitting rule cut nothing). */
function fitsAt(briefing: BriefingContent, index: number, slide: Slide, role: 'title' | 'agendaItem'): boolean {
  return !overflowingRoles(slideElements(slide, layoutContext(briefing, index))).includes(role)
}

/**
 * Headings that do not fit their slide even at the title's floor size become their opening clauses (the full
 * heading goes to the notes); agenda items likewise. Nothing is ever cut with “…”.
 */
function fitHeadings(briefing: BriefingContent): BriefingContent {
  const slides = briefing.slides.map((slide, i): Slide => {
    if (slide.layout === 'agenda' && !fitsAt(briefing, i, slide, 'agendaItem')) {
      return { ...slide, items: slide.items.map((item) => fittingHeading(item, () => false)) }
    }
    if (fitsAt(briefing, i, slide, 'title')) return slide
    const continued = slide.title.endsWith(CONTINUED)
    const heading = continued ? slide.title.slice(0, -CONTINUED.length) : slide.title
    const suffix = continued ? CONTINUED : ''
    const title = fittingHeading(heading, (t) => fitsAt(briefing, i, { ...slide, title: `${t}${suffix}` }, 'title')) + suffix
    return { ...slide, title, notes: [heading, slide.notes].filter((s) => s !== '').join('\n') }
  })
  return { ...briefing, slides }
}

export function draftBriefing(report: ReportContent, opts: DraftOptions = {}): BriefingContent {
  let n = 0
  const prefix = opts.idPrefix ?? 's'
  const newId: IdGenerator = () => `${prefix}-${++n}`
  const speaker = parseSpeakerLine(report.text)
  const organization = speaker.organization ?? opts.organization ?? organizationOf(report.place)
  const date = speaker.date ?? opts.date ?? ''
  const meeting = speaker.meeting ?? ''
  const title = draftTitle(report)
  const top = report.sections
  // The deck's style: bullets that do not fit a slide at its body size continue on a “（续）” slide.
  const style = layoutContext(createBriefing(title, { slides: [] }), 0)
  const years = draftYears(report)
  const stated = statedTargets(report, years)

  const cover: Slide = {
    id: newId('s'),
    layout: 'cover',
    title,
    subtitle: DRAFT_SUBTITLE,
    organization,
    date,
    notes: [meeting && `${date}在${meeting}上的报告`, speaker.speaker ?? ''].filter((s) => s !== '').join('，'),
    hidden: false,
    sources: [{ reportId: report.id }],
  }
  const agenda: Slide = {
    id: newId('s'),
    layout: 'agenda',
    title: AGENDA_TITLE,
    items: top.map((s) => fullWidthPunctuation(s.title)),
    notes: top.length > 0 ? `本次汇报分为${top.length}个部分：${top.map((s) => s.title).join('；')}。` : '',
    hidden: false,
    sources: [{ reportId: report.id }],
  }

  // The review year's figures, at the head of the part that reviews it.
  const reviewSlides = (): Slide[] => [
    ...kpiSlides(report, years, newId),
    ...growthChartSlides(report, years, newId),
    // With last year's report: its targets against this review's results (目标完成情况), after the review's figures.
    ...previousYearSlides(report, opts.previous, { newId }),
  ]
  // The plan year's targets, at the head of the part that states them.
  const planSlides = (): Slide[] => [...targetsTableSlides(report, years, stated, newId), ...targetChartSlides(report, years, newId)]
  const reviewHome = homeSection(report, headlineCardMetrics(report, years)) ?? top[0]
  const planHome = stated.home ?? homeSection(report, targetPairs(report, years).map((p) => p.target)) ?? undefined

  const body: Slide[] = []
  let reviewPlaced = false
  let planPlaced = false
  const place = (section: Section | undefined) => {
    if (!reviewPlaced && (section === undefined || section === reviewHome)) {
      body.push(...reviewSlides())
      reviewPlaced = true
    }
    if (!planPlaced && (section === undefined || section === planHome || (planHome === undefined && reviewPlaced))) {
      body.push(...planSlides())
      planPlaced = true
    }
  }
  for (const section of top) {
    place(section)
    const parts = section.children.length > 0 ? section.children : [section]
    for (const part of parts) {
      const slides = partSlides(report, part, style, newId)
      // A part with nothing to say of its own (a heading over the parts after it) gets no empty slide; a part with
      // text of its own keeps its slide, titled, even when no sentence of it makes a point.
      if (parts.length > 1 && part.paragraphs.length === 0 && slides.every((s) => s.layout === 'section' && s.bullets.length === 0)) continue
      body.push(...slides)
    }
  }
  place(undefined)

  const closing: Slide = {
    id: newId('s'),
    layout: 'closing',
    title: CLOSING_TITLE,
    message: CLOSING_MESSAGE,
    notes: '',
    hidden: false,
    sources: [],
  }

  return fitHeadings(
    createBriefing(title, {
      id: opts.id ?? briefingId(report),
      subtitle: DRAFT_SUBTITLE,
      meeting,
      date,
      organization,
      reportIds: [report.id, ...(opts.previous ? [opts.previous.id] : [])],
      slides: [cover, agenda, ...body, closing],
    }),
  )
}
