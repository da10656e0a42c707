import type { ConfidenceReason, Metric, Section } from '../schemas/report'
import type { PeriodHint } from './rules/types'
import { normalizeForAnalysis } from './normalize'
import { buildSections } from './sections'
import { extractMetrics } from './metrics'
import { indicatorOfFigure } from './indicators'
import { lineIndexBefore, lineStartsOf } from './rules/line-start'
import { datesItself, goalsOfPlanYear, headCue, turnToLastYear, timesNamed, isSalutationLine, opensWithAddress, ParagraphCues, pastInGoals, resolvePeriod, sectionPeriods, sentencePeriod, type SectionPeriod } from './period'
import { isSpan, isTarget, parsePeriod } from './period-format'
import { reportPlaceOf, reportYearOf } from './report-identity'
import { withoutOwnPlace } from './own-place'
import { estimatesTheYearReviewed, lateSessionPeriod } from './late-session'
import { datedToPartOfYear } from './part-of-year'
import { withoutSpanOfPeriod } from './span-in-label'
import { levelUnderSpanAside } from './level-under-span-aside'
import { speakerLineYear, spokenBeforeItsYear } from './speaker-line'

export interface ReportAnalysis {
  title: string
  year: number | null
  place: string | null
  sections: Section[]
  /** Annexes after the report's closing (附件, 名词解释, 注释): not part of its body. */
  annexes: Section[]
  metrics: Metric[]
}

const EMPTY: ReportAnalysis = { title: '', year: null, place: null, sections: [], annexes: [], metrics: [] }

/**
 * Understand a report: section tree, year, place and figures. Pure, linear in the text length, never throws:
 * an import must never be lost to a fault of the parser, so on an internal error the report is kept as text
 * alone (no sections, no figures) and `onError` hears of the fault, so that it is not silent.
 */
export function analyzeReportText(text: string, onError?: (error: unknown) => void): ReportAnalysis {
  try {
    return analyzeUnsafe(typeof text === 'string' ? text : String(text ?? ''))
  } catch (error) {
    onError?.(error)
    return EMPTY
  }
}

function analyzeUnsafe(text: string): ReportAnalysis {
  const norm = normalizeForAnalysis(text)
  const tree = buildSections(text, norm)
  const year = reportYearOf({ title: tree.title, text, headings: tree.sections.map((s) => s.title) })
  const place = reportPlaceOf(tree.title, text)
  const periods = sectionPeriods([...tree.sections, ...tree.annexes], year)
  const bodyEnd = tree.bodyEnd
  const raw = extractMetrics(text, { norm, place })
  // Innermost section of each figure: the last section (pre-order) that starts at or before it.
  const flat = tree.flat
  const spokenYear = speakerLineYear(text)
  const lateSession =
    (spokenBeforeItsYear(text) && spokenYear === year) ||
    (spokenYear === null && estimatesTheYearReviewed(norm, flat, (id) => periods.get(id)?.period ?? null, year))
  const lineStarts = lineStartsOf(norm)
  let si = -1
  const metrics: Metric[] = []
  const paragraphs = new ParagraphCues(norm, year)
  const carriedCues = new ParagraphCues(norm, year)
  /** The time named in the sentence a paragraph ends on, when that ends with a colon (it introduces what follows). */
  const colonTime = (start: number): string | undefined => {
    let end = norm.indexOf('\n', start)
    if (end < 0) end = norm.length
    while (end > start && norm[end - 1] === ' ') end--
    // The colon's own sentence only: a time at the head of that paragraph may be of something else.
    return norm[end - 1] === ':' ? sentencePeriod(norm, end - 1, year, start, undefined, () => undefined) : undefined
  }
  // In a part whose title names no time, or two, a paragraph introducing a list by a time (`2020年主要经济指标预期目标
  // 为：`) dates the paragraphs of the list after it (`创新发展指标。…`), as one opening with a time does.
  const carried = new CarriedCue(norm, lineStarts, (start) => carriedCues.last(start) ?? colonTime(start))
  // The same, read on across headings from the start of the text (for parts before any time a title names).
  const carriedOn = new CarriedCue(norm, lineStarts, (start) => carriedCues.last(start) ?? colonTime(start))
  const lineEnd = (start: number): number => {
    const end = norm.indexOf('\n', start)
    return end < 0 ? norm.length : end
  }
  // (A paragraph turning to the year just past in a later sentence hands that year on: `…值得珍惜。刚刚过去的一年，…`.)
  const carriedHeads = new CarriedCue(norm, lineStarts, (start) => turnToLastYear(norm, start, lineEnd(start), year) ?? headCue(norm, start, lineEnd(start), year))
  const byId = new Map(flat.map((s) => [s.id, s]))
  const parentOf = new Map<string, Section>()
  for (const s of flat) for (const c of s.children) parentOf.set(c.id, s)
  /** The outermost section above s (s itself included) whose chain of titles names no time. */
  const untimedRoot = (s: Section): Section => {
    let top = s
    for (let p = parentOf.get(top.id); p && periods.get(p.id)?.named === false && !periods.get(p.id)?.mixed; p = parentOf.get(p.id)) top = p
    return top
  }
  /** The time named in the sentence a paragraph's previous one ends on, when that ends with a colon (it introduces this one). */
  const introducedBy = (line: number): string | undefined => {
    let prev = line - 1
    while (prev >= 0 && lineEnd(lineStarts[prev] as number) - (lineStarts[prev] as number) <= 0) prev--
    return prev < 0 ? undefined : colonTime(lineStarts[prev] as number)
  }
  for (const r of raw) {
    if (r.start >= bodyEnd && !tree.annexFigures(r.start)) continue
    while (si + 1 < flat.length && (flat[si + 1] as Section).start <= r.start) si++
    const sec = si >= 0 ? (flat[si] as Section) : null
    const sp = sec ? periods.get(sec.id) : undefined
    const line = lineIndexBefore(lineStarts, r.valueStart)
    let cue = sentencePeriod(norm, r.valueStart, year, lineStarts[line] as number, undefined, (a, b) => paragraphs.before(a, b))
    // `…2022年全市经济社会发展主要预期目标是：` / `地区生产总值增长8.5%，…`: a paragraph that ends on a colon goes on
    // in the next one, which its time dates.
    if (cue === undefined) cue = introducedBy(line)
    let guessed = false
    // The time the speech has turned to, in a part whose title names two times: what a sentence of its own
    // (`主要预期目标是：`) is read within.
    let speaking: string | undefined
    // A part whose title names two times, or none: a paragraph that opens with a time dates the ones after it.
    if (sec && sp && (sp.mixed || !sp.named)) {
      // Untitled subsections read on in the speech of the section whose title names the times.
      // Subsections of a part whose title names no time (`一、经济社会发展势头良好` / `刚刚过去的2014年，…` / `（一）…`)
      // read on in the speech of that part, whose opening paragraphs date them.
      const speech = (sp.mixed && byId.get(sp.mixed.from)) || (!sp.named && untimedRoot(sec)) || sec
      const carriedCue = carried.at(speech, line, sp.mixed?.later, sp.mixed !== undefined, (c, start) => !sp.mixed || carriedCues.lastOpensParagraph(start) || !looksFurtherBack(c, sp.mixed))
      if (cue === undefined) {
        cue = carriedCue.period ?? openingYear(sp.mixed?.first)
        guessed = carriedCue.guessed
        // A part before any title naming a time (`（二）稳住经济基本盘` under a heading run into its paragraph): the
        // time the speech last named before it is a guess, kept 待核对.
        if (cue === undefined && sp.period === null && !sp.named) {
          cue = carriedOn.at(PREAMBLE, line, undefined).period
          guessed = true
        }
      } else if (sp.mixed) {
        // (`今年是新一届政府的开局之年。…主要预期目标是：` after `今后五年…`: the figure's own paragraph has turned the
        // speech to the plan year, whatever the paragraphs before it spoke of.)
        const turned = paragraphs.before(lineStarts[line] as number, r.valueStart)
        // (Of goals only: `“十三五”末，…分别为2015年的1.38倍` in a review of five years is still the five years' speech.)
        if (turned !== undefined && isTarget(turned)) speaking = turned
        else if (!carriedCue.guessed) speaking = carriedCue.period
      }
    } else if (!sec && cue === undefined) {
      // Before the first heading the parser knows (`过去五年，我们拼搏实干` / `一年来，我们重点抓了…` on lines of their
      // own, or a run-in first part), the speech is a part whose title names no time: a paragraph opening with one
      // dates the ones after it.
      cue = carried.at(PREAMBLE, line, undefined).period
    } else if (sec && sp?.named && cue === undefined && isSpan(sp.period) && !isTarget(sp.period)) {
      // A part named for five years that turns to one of them at a paragraph's head (`特别是刚刚过去的2022年，…`):
      // the paragraphs after it speak of that year, until one opens with a time of its own or an address.
      // (Not a time of the years ahead: `今年是本届政府的最后一年。几年来，…` in a review speaks of the review.)
      const turnedTo = carriedHeads.at(sec, line, undefined).period
      if (!isTarget(turnedTo)) cue = turnedTo
    }
    // (`今年主要预期目标是：` in a part on the five years ahead and the plan year: the goals the clause names as the year's.)
    const ofPlanYear = goalsOfPlanYear(norm, r.valueStart, year, lineStarts[line] as number)
    const resolved = resolvePeriod(r.periodHint, cue, speaking ?? sp?.period ?? null, year, sp?.mixed?.span ?? null, (speaking !== undefined || sp?.named !== false) && !ofPlanYear)
    const textBefore = norm.slice(Math.max(lineStarts[line] as number, r.valueStart - 30), r.valueStart)
    const clauseBefore = textBefore.slice(Math.max(...[',', ';', ':', '。'].map((c) => textBefore.lastIndexOf(c))) + 1)
    const levelOfYear = speaking === undefined ? levelUnderSpanAside(resolved, cue, sp, r.periodHint, r.kind, clauseBefore, textBefore) : undefined
    const dated = levelOfYear?.period ?? resolved
    const period = lateSession ? lateSessionPeriod(dated, norm, lineStarts[line] as number, r.valueStart, year, sp?.period ?? null, r.periodHint?.average === true) : dated
    const label = withoutOwnPlace(withoutSpanOfPeriod(r.label, period), place)
    const reasons = new Set<ConfidenceReason>(r.confidence.reasons)
    const undated = (cue === undefined || guessed) && !datesItself(r.periodHint)
    if (period === null || (undated && (!sp?.named || sp.mixed))) reasons.add('period-inferred')
    // (A figure under an aside looking back N years that may be their sum: its year is read, not written.)
    if (levelOfYear && !levelOfYear.sure) reasons.add('period-inferred')
    // A fact in a part on the years ahead: its year (the one before them) is read, not written.
    if (pastInGoals(r.periodHint, parsePeriod(cue ?? sp?.period ?? null))) reasons.add('period-inferred')
    // 支农投入比2012年增长53% in a review of one year: the span from the base is read, not written.
    if (r.periodHint?.base !== undefined && period !== (cue ?? sp?.period ?? null)) reasons.add('period-inferred')
    // 由31%提升至85% in the review of one year: the level it started from is dated to the year before, which the text
    // does not write (a setting changed within the year, `税目比例由21%提升至74%`, started from that year's own level).
    if (startOfChangeInOneYear(r.periodHint, cue !== undefined ? cue : speaking ?? sp?.period ?? null)) reasons.add('period-inferred')
    // 前三季度，全市生产总值增长2.1%: a quarter's figure, not the year's.
    if (datedToPartOfYear(norm, r.valueStart)) reasons.add('period-inferred')
    // 这是…的五年。全市生产总值年均增长4.5%, read as one year's: a yearly average of a headline indicator is over
    // years the reading missed, never the year's growth on a slide. (Of other things, `工业振兴三年行动…工业投资总量
    // 年均增长11.1%`, the label files date the average to the year the action closed.)
    if (r.periodHint?.average && oneYearReviewed(period) && indicatorOfFigure(label, r.kind) !== null) {
      reasons.add('period-inferred')
    }
    metrics.push({
      id: `m${metrics.length + 1}`,
      label,
      value: r.value,
      unit: r.unit,
      kind: r.kind,
      qualifier: r.qualifier,
      high: r.high,
      written: r.written,
      ...(r.average ? { average: true } : {}),
      ...(r.gap ? { gap: r.gap } : {}),
      period,
      indicator: indicatorOfFigure(label, r.kind),
      confidence: reasons.size > 0 ? { level: 'low', reasons: [...reasons] } : { level: 'high', reasons: [] },
      quote: r.quote,
      sectionId: sec ? sec.id : null,
      start: r.start,
      end: r.end,
    })
  }
  return { title: tree.title, year, place, sections: tree.sections, annexes: tree.annexes, metrics }
}

/**
 * `…。十年来我国居民消费价格涨幅稳定在2%左右…` in a part on the year and the five years: a later sentence of a paragraph
 * looking back further than any time the title names is an aside. It dates its own sentence, but the speech after it
 * goes on about the title's times, so it hands nothing on. (A paragraph opening so, `各位代表！六年来，…` under a title
 * naming the term, turns the speech.)
 */
function looksFurtherBack(cue: string, mixed: NonNullable<SectionPeriod['mixed']>): boolean {
  const c = parsePeriod(cue)
  if (!c || c.target) return false
  const named = [mixed.first, mixed.later, mixed.span].flatMap((t) => {
    const p = parsePeriod(t ?? null)
    return p && !p.target ? [p] : []
  })
  return named.length > 0 && named.every((t) => c.from < t.from && c.to - c.from > t.to - t.from)
}

/** The text before the first heading, read as one part for the times its paragraphs hand on. */
const PREAMBLE: Pick<Section, 'start'> = { start: 0 }

/** The first level of a change with no year of its own, read in a part (or under a cue) on one year reviewed. */
function startOfChangeInOneYear(hint: PeriodHint | null, context: string | null): boolean {
  return hint?.role === 'from' && hint.year === undefined && !hint.lastYear && !hint.undatedTime && !hint.partOfYear && oneYearReviewed(context)
}

/** A period of one year's results (not a goal). */
function oneYearReviewed(period: string | null): boolean {
  const p = parsePeriod(period)
  return p !== null && !p.target && p.from === p.to
}

/**
 * `一、2016年和过去五年工作回顾` / `我们…较好完成全年目标任务。预计地区生产总值…`: the speech takes the times a title
 * names in their order, so before it names any time of its own it speaks of the first, when that is one year
 * reviewed. (A span named first is no such year: `“十三五”时期和2020年工作回顾` opening without a time stays
 * inferred, as five years' figures and one year's look alike.)
 */
function openingYear(first: string | undefined): string | undefined {
  return first !== undefined && oneYearReviewed(first) ? first : undefined
}

/**
 * In a section whose title names two times (`2019年和今年以来工作回顾`) or none (`本届政府砥砺前行`, where the
 * speech itself says `四年来，…` / `过去一年，…`), a paragraph that names a time at the head
 * of a sentence (`去年，…`, `——产业结构不断优化。五年来，…`, `…顺利收官。“十三五”时期，我们…`) dates the
 * paragraphs after it by the last such time, until the next paragraph that names one or an
 * address to the audience (`各位代表！`), where the speech turns to the next time the title names: after it, a
 * paragraph without a time of its own is guessed to speak of the title's last time. Read forwards once: figures
 * come in text order.
 */
/** The goals of the government's term said met (`…人大一次会议确定的本届政府目标胜利实现`, `本届政府各项目标任务全面完成`). */
const TERM_GOALS_MET = /(?:人大[一二三四五六七八九十]*次会议确定的|本届政府)[^。]{0,12}(?:目标|任务)[^。]{0,8}(?:实现|完成)/u

class CarriedCue {
  private section: Pick<Section, 'start'> | null = null
  private line = 0
  private cue: string | undefined
  private turned = false
  /** The cue was carried across an address naming no time: a guess. */
  private doubted = false
  constructor(
    private readonly norm: string,
    private readonly lineStarts: readonly number[],
    /** The time a paragraph hands on to the ones after it. */
    private readonly handsOn: (lineStart: number) => string | undefined,
  ) {}

  /**
   * The time the paragraphs of `section` before `line` hand on. `quietAddresses`: in a part whose title names two
   * times, an address naming none (`各位代表！统筹推进疫情防控…，既是…`) may be within the first one's speech.
   */
  at(
    section: Pick<Section, 'start'>,
    line: number,
    later: string | undefined,
    quietAddresses = false,
    handedOnIf: (cue: string, lineStart: number) => boolean = () => true,
  ): { period: string | undefined; guessed: boolean } {
    if (this.section !== section) {
      this.section = section
      this.line = lineIndexBefore(this.lineStarts, section.start)
      this.cue = undefined
      this.turned = false
      this.doubted = false
    }
    for (; this.line < line; this.line++) {
      const start = this.lineStarts[this.line] as number
      // An address on its own line (`各位代表！`) or opening a paragraph (`各位代表，2020年是…`) turns the speech,
      // before the paragraph's own times.
      if (isSalutationLine(this.norm, start)) this.turn()
      else if (opensWithAddress(this.norm, start)) {
        if (quietAddresses) this.turnOrDoubt(start)
        else this.turn()
      } else if (quietAddresses && this.speaksOfTheTerm(start)) this.turn()
      const handed = this.handsOn(start)
      if (handed !== undefined && handedOnIf(handed, start)) {
        this.cue = handed
        this.doubted = false
      }
    }
    // The figure's own paragraph opening with an address: nothing carried from before it speaks for it; the speech
    // is guessed to have turned to the title's last time.
    if (opensWithAddress(this.norm, this.lineStarts[line] as number)) return { period: later, guessed: true }
    if (this.cue !== undefined) return { period: this.cue, guessed: this.doubted }
    return this.turned ? { period: later, guessed: true } : { period: undefined, guessed: false }
  }

  private turn(): void {
    this.cue = undefined
    this.turned = true
    this.doubted = false
  }

  /**
   * `各位代表！统筹推进疫情防控和经济社会发展，既是…` inside the year's review, naming no time: the speech may go on
   * about the time before it or turn, so the time before it is kept, as a guess. One naming a time turns it.
   */
  private turnOrDoubt(start: number): void {
    if (this.cue !== undefined && this.namesNoTime(start)) this.doubted = true
    else this.turn()
  }

  /**
   * `经过全省上下不懈努力，省十三届人大一次会议确定的本届政府目标胜利实现，…`: in a part on the year and the term, a
   * paragraph saying the term's goals were met turns the speech to the term, as an address does.
   */
  private speaksOfTheTerm(start: number): boolean {
    const end = this.norm.indexOf('\n', start)
    return TERM_GOALS_MET.test(this.norm.slice(start, end < 0 ? this.norm.length : end))
  }

  private namesNoTime(start: number): boolean {
    const end = this.norm.indexOf('\n', start)
    return timesNamed(this.norm.slice(start, end < 0 ? this.norm.length : end)) === 0
  }
}
