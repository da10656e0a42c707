import type { Section } from '../schemas/report'
import { normalizeForAnalysis } from './normalize'
import { parsePeriod, period, yearsIn } from './period-format'
import type { PeriodHint } from './rules/types'
import { findLead } from './sections'
import { SALUTATIONS } from './words/headings'
import { chineseNumeralValue } from './words/numerals'
import {
  ANNOUNCER_FOLLOWERS, ESTIMATE_LEADS, GOAL_ANNOUNCERS, GOAL_LEADS, NEW_TERM_WORDS, PLAN_CLOSING_TITLE_WORDS, PLAN_NAME_SOURCE, PLAN_OPENING_TITLE_WORDS, PART_OF_WHOLE, PLAN_TITLE_WORDS, RELATIVE_TIMES, RESTATING_WORDS, REVIEW_TITLE_WORDS, SPAN_REVIEW_HEAD, TERM_WORDS, TIME_VERDICTS, YEAR_OPENINGS, planSpanIn, planSpansIn,
} from './words/periods'

/**
 * Which years a figure describes. Cues, most specific last:
 *   the section it sits in (`2023年工作回顾` → 2023, `2024年工作安排` → 2024 target, `“十四五”时期工作回顾` →
 *   2021-2025, `这一年，我们…` → the review year), inherited by subsections;
 *   the head of its paragraph (`刚刚过去的2025年，…`), then of its sentence (`2022年，…；…`), then its clause
 *   (`2021年达到235.6亿元`): a year, `今年`, `去年`, `五年来`, `今后五年`, `“十四五”时期`, `到2030年`, or
 *   `主要预期目标是：`;
 *   the figure's own clause (rules: `由2010年的X增加到2015年的Y`, `比2010年增加`, `较“十三五”末的X`).
 * A year at or after the report's own year is a goal (`2024 target`).
 */


function yearPeriod(y: number, year: number | null): string {
  return year !== null && y >= year ? period(y, y, true) : period(y)
}

/**
 * The years of a five-year plan a title speaks of: its first alone on the plan's opening (`“十四五”开局起步之年的工作回顾`,
 * `确保“十三五”良好开局`), its last alone on its close (`实现“十四五”圆满收官`), else all five; null when it names none.
 */
export function planYearsOfTitle(s: string): [number, number] | null {
  const span = planSpanIn(s)
  if (!span) return null
  if (PLAN_OPENING_TITLE_WORDS.test(s)) return [span[0], span[0]]
  if (PLAN_CLOSING_TITLE_WORDS.test(s)) return [span[1], span[1]]
  return span
}

/** A five-year plan named in s (`“十四五”`), as its period relative to the report year. */
function planPeriod(s: string, year: number | null): string | undefined {
  const span = planSpanIn(s)
  if (!span) return undefined
  // The plan's end (`“十二五”末，…达到1.68万亿元`, `到“十四五”期末`) is its last year, not the five years.
  if (/末$/.test(s)) return yearPeriod(span[1], year)
  const [from, to] = planYearsOfTitle(s) ?? span
  return period(from, to, year !== null && from >= year)
}

function relativePeriod(word: string, year: number): string | undefined {
  for (const t of RELATIVE_TIMES) {
    if (t.words.includes(word)) return period(year + t.from, year + t.to, t.target)
  }
  return undefined
}

const RELATIVE_WORDS = RELATIVE_TIMES.flatMap((t) => t.words).sort((a, b) => b.length - a.length)
const RELATIVE_ANY = new RegExp(RELATIVE_WORDS.join('|'), 'g')

/**
 * `过去一年和五年工作回顾`: two spans share the word before the first (过去, 今后, 未来), which the title writes once. Read
 * with it written twice, the title names both times (`过去一年和过去五年`).
 */
const SHARED_SPAN_HEAD = /(过去|今后|未来)([一二三四五六七八九十两\d]+年)(和|及|与|、)(?=[一二三四五六七八九十两\d]+年)/gu
function titleTimesText(rawTitle: string): string {
  return normalizeForAnalysis(rawTitle).replace(SHARED_SPAN_HEAD, '$1$2$3$1')
}

/**
 * Goals or a plan whose completion is reported (`十二届人大一次会议确定的目标任务完成情况`, `计划执行情况`): what the heading
 * reviews, no plan of its own. Joined to a review of another time (`…确定任务的完成情况和五年工作回顾`), the heading still
 * names two times, and is read as one naming a review and a plan is.
 */
const PLAN_REPORTED_ON = /(?:目标任务|预期目标|目标|任务|计划|规划)(?:的)?(?:完成|执行|落实)情况/g

/** What a heading says about time: is it a review, a plan, and the latest year it names. */
export function headingCues(rawTitle: string): { text: string; review: boolean; plan: boolean; latestYear: number | null } {
  const text = titleTimesText(rawTitle)
  const ys = yearsIn(text)
  const reported = text.replace(PLAN_REPORTED_ON, '完成情况')
  const plan = PLAN_TITLE_WORDS.test(reported) || (reported !== text && REVIEW_TITLE_WORDS.test(reported.replace(/完成情况/g, '')))
  return { text, review: REVIEW_TITLE_WORDS.test(text), plan, latestYear: ys.length > 0 ? Math.max(...ys) : null }
}

/** The period a section title announces, or undefined when it says nothing about time. */
export function titlePeriod(rawTitle: string, level: number, year: number | null): string | undefined {
  const { text: t, review, plan, latestYear } = headingCues(rawTitle)
  if (latestYear !== null) {
    const y = latestYear
    if (/以来/.test(t) && year !== null && y < year - 1) return period(y, year - 1)
    if (year !== null) return yearPeriod(y, year)
    if (plan && !review) return period(y, y, true)
    return period(y)
  }
  const planned = planPeriod(t, year)
  if (planned) return planned
  if (year === null) return undefined
  for (const w of RELATIVE_WORDS) if (t.startsWith(w) || t.includes(w)) return relativePeriod(w, year)
  // 五年工作的回顾: the years up to the review year.
  const spanHead = review && !plan ? SPAN_REVIEW_HEAD.exec(t) : null
  if (spanHead) return period(year - (chineseNumeralValue(spanHead[1] as string) ?? 1), year - 1)
  // 第四届市人民政府工作回顾, 本届政府工作回顾: a government's term, five years, reviewed at its end.
  // 本届政府的主要工作: so is the work of a term named alone (主要工作 names the plan year's work only of a year or of none).
  const termWork = plan && !PLAN_TITLE_WORDS.test(t.replace(/主要工作/g, ''))
  if ((review || termWork) && !(plan && !termWork) && TERM_WORDS.test(t) && !NEW_TERM_WORDS.test(t)) return period(year - 5, year - 1)
  if (level === 1) {
    if (review && !plan) return period(year - 1)
    if (plan && !review) return period(year, year, true)
  }
  return undefined
}

export interface SectionPeriod {
  period: string | null
  /** Whether a title in the section's chain names the time (else it was carried from the previous top section). */
  named: boolean
  /**
   * The section's title, or its nearest titled ancestor's, names two times (`2019年和今年以来工作回顾`,
   * `“十二五”时期和2015年工作回顾`): its paragraphs, and those of its untitled subsections (`（一）致力于…`), may speak
   * of either, so a figure there with no cue of its own has an inferred period. The speech takes them in the order
   * named; `later` is the period of the last one, `first` of the first; `from` is the id of the section whose title
   * names them.
   */
  mixed?: { later: string | undefined; span?: string; from: string; first?: string }
}

/** How many times a title names: years, five-year plans, relative times (`今年以来`, `五年来`) and a term (本届政府). */
export function timesNamed(text: string): number {
  return yearsIn(text).length + planSpansIn(text).length + (text.match(RELATIVE_ANY) ?? []).length + (TERM_WORDS.test(text) ? 1 : 0)
}

/** A heading with nothing after its number names its part on the next line (`附件1` / `2025年省十件民生实事`). */
function headingText(s: Section): string {
  const next = s.paragraphs[0]?.text ?? ''
  return s.number === '' && s.title.length <= 6 && next.length <= 30 && !next.includes('。') ? `${s.title} ${next}` : s.title
}

/** Period of every section: its own cue, else its parent's, else (top level) the previous top section's. */
export function sectionPeriods(roots: Section[], year: number | null): Map<string, SectionPeriod> {
  const out = new Map<string, SectionPeriod>()
  let previousRoot: SectionPeriod = { period: null, named: false }
  const walk = (s: Section, inherited: SectionPeriod): void => {
    const own = titlePeriod(headingText(s), s.level, year)
    const p = own !== undefined ? { period: own, named: true } : inherited
    const title = titleTimesText(s.title)
    // 过去五年工作回顾 whose opening paragraphs turn to the last year (各位代表，刚刚过去的2022年，…) before untitled
    // subsections: the part speaks of both times, like a title naming both.
    const turnsToLastYear = own !== undefined && turnsToItsLastYear(own, s, year)
    const mixed = own !== undefined && (timesNamed(title) > 1 || turnsToLastYear)
    // A subsection naming no time of its own stays in its parent's mixed speech.
    const sp: SectionPeriod = mixed
      ? { ...p, mixed: { later: laterNamed(title, year), span: spanNamedIn(title, year) ?? termNamed(title, year), from: s.id, first: firstNamed(title, year) } }
      : own === undefined && inherited.mixed
        ? { ...p, mixed: inherited.mixed }
        : p
    out.set(s.id, sp)
    for (const c of s.children) walk(c, sp)
  }
  for (const r of roots) {
    walk(r, { period: previousRoot.period, named: false })
    previousRoot = out.get(r.id) ?? previousRoot
    // 三、辩证看待危与机 … 今年经济社会主要预期指标是：… / 四、以推动高质量发展为主题: once the speech has turned to the
    // plan year's goals, a top part naming no time of its own goes on about them.
    const planYear = year !== null ? period(year, year, true) : null
    if (planYear !== null && lastSpokenTime(r, year) === planYear) previousRoot = { period: planYear, named: false }
  }
  return out
}

/** The time the last paragraph of a part (its subsections' included) that opens with one names, or undefined. */
function lastSpokenTime(s: Section, year: number | null): string | undefined {
  let last: string | undefined
  for (const p of s.paragraphs) {
    // (今年经济社会主要预期指标是：… speaks of the plan year too, though 今年 does not close a clause of its own.)
    last = openingTime(p.text, year) ?? (p.text.startsWith('今年') && year !== null ? period(year, year, true) : last)
  }
  for (const c of s.children) last = lastSpokenTime(c, year) ?? last
  return last
}

/** Does a part reviewing several years open, before its subsections, with a paragraph headed by the last of them? */
function turnsToItsLastYear(own: string, s: Section, year: number | null): boolean {
  const span = parsePeriod(own)
  if (!span || span.target || span.to <= span.from) return false
  // (A part without subsections only when it opens so: `过去一年，…` / `一是…`, then `五年来，…`.)
  const paragraphs = s.children.length === 0 ? s.paragraphs.slice(0, 1) : s.paragraphs
  return paragraphs.some((p) => openingTime(p.text, year) === period(span.to))
}

/** How far into a paragraph its opening time can reach (a lead sentence, then the clause after it). */
const OPENING_REACH = 160

/** The time a paragraph opens with (`过去一年，…`, `——…。五年来，…`), read on its head only; or undefined. */
function openingTime(paragraph: string, year: number | null): string | undefined {
  const text = normalizeForAnalysis(paragraph.slice(0, OPENING_REACH))
  return headCue(text, 0, text.length, year)
}

/**
 * The year a title names first, when it is the first time it names (`2016年和过去五年工作回顾` → 2016); undefined when
 * another time comes first (`本届任期和2021年工作回顾`, `“十三五”时期和2020年…`) or the first is relative (`去年和今年前4个月`,
 * whose opening `去年以来` may be of both).
 */
function firstNamed(title: string, year: number | null): string | undefined {
  CUE.lastIndex = 0
  const m = CUE.exec(title)
  if (m === null || m[2] === undefined) return undefined
  const term = TERM_WORDS.exec(title)
  if (term !== null && term.index < m.index) return undefined
  return cuePeriod(m, title, year)
}

/** The government's term a review title names (`2022年及本届政府工作回顾` → the five years to the year reviewed), or undefined. */
function termNamed(title: string, year: number | null): string | undefined {
  return year !== null && TERM_WORDS.test(title) && !NEW_TERM_WORDS.test(title) ? period(year - 5, year - 1) : undefined
}

/** The last time a title names: its term when that comes after every other time (`2022年及本届政府工作回顾`). */
function laterNamed(title: string, year: number | null): string | undefined {
  const last = lastCue(title, year, () => true)
  const term = TERM_WORDS.exec(title)
  const termSpan = termNamed(title, year)
  return term !== null && termSpan !== undefined && (last === null || term.index > last.pos) ? termSpan : last?.period
}

/** The first span a title names (`2015年和“十二五”工作回顾` → 2011-2015), or undefined. */
function spanNamedIn(title: string, year: number | null): string | undefined {
  CUE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CUE.exec(title)) !== null) {
    const p = parsePeriod(cuePeriod(m, title, year) ?? null)
    if (p && p.to > p.from) return period(p.from, p.to, p.target)
  }
  return undefined
}

/** 去年, 今年 date a clause wherever they stand (`主体去年纳税达到…`), unless compared with (`比去年`). */
const RELATIVE_ANYWHERE = /^(今年|去年)$/
const COMPARED = /[比较同与于上]/
/** `由去年6.8个工作日压至1.5个`: 去年 right between 由/从 and a number dates the level the change starts from, not the clause. */
const FROM_LEVEL_DATE = /^[由从]$/
function datesFromLevel(s: string, pos: number, word: string): boolean {
  // (Read up to a figure, the level may start right where the text read ends.)
  const next = s[pos + word.length]
  return FROM_LEVEL_DATE.test(s.slice(Math.max(0, pos - 1), pos)) && (next === undefined || /\d/.test(next))
}
const CLAUSE_START = new Set([',', ';', ':', '。', '!', '?', '\n', '、', ' '])
const CUE = new RegExp(
  `(刚刚过去的|过去的)?(\\d{4})年(以来)?|“?(${PLAN_NAME_SOURCE})”?(时期|期间|以来|规划期|期末|末)?|${RELATIVE_WORDS.join('|')}`,
  'g',
)

const GOAL_DATE = new RegExp(`(?:^|[${[...CLAUSE_START].join('').replace(/[\\\]-]/g, '\\$&')}])(?:${GOAL_LEADS.join('|')})(?:到|至)$`)
const GOAL_DATE_HEAD = new RegExp(`^(?:${GOAL_LEADS.join('|')})(?:到|至)$`)
/** `，力争2025年材料产业规模突破2万亿元`: a year right after a word of striving opening the clause, without 到, dates it too. */
const STRIVEN_YEAR = new RegExp(`(?:^|[${[...CLAUSE_START].join('').replace(/[\\\]-]/g, '\\$&')}])(?:力争|确保|争取)$`)

/** Is the year at `pos` a goal's date opening its clause after a word of striving (`，力争到2026年…`, `，力争2025年…`)? */
function isGoalDate(s: string, pos: number, year: number | null): boolean {
  if (GOAL_DATE.test(s.slice(Math.max(0, pos - 4), pos)) || GOAL_DATE_HEAD.test(s.slice(0, pos))) return true
  // (Not a year gone, `力争2022年第二批项目获批`, nor one since which, `确保2018年以来…`: those name the things, not the date.)
  const striven = /^(\d{4})年(?!以来|第|度)/.exec(s.slice(pos))
  return striven !== null && year !== null && Number(striven[1]) >= year && STRIVEN_YEAR.test(s.slice(Math.max(0, pos - 3), pos))
}

/** A cue at the head of a clause in s, the last one before `limit`: its position and period. */
function lastCue(
  s: string,
  year: number | null,
  atClauseStart: (pos: number) => boolean,
  reaches: (pos: number) => boolean = () => true,
): { pos: number; end: number; period: string } | null {
  let best: { pos: number; end: number; period: string } | null = null
  CUE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CUE.exec(s)) !== null) {
    const pos = m.index
    if (!reaches(pos)) continue
    const found = cuePeriod(m, s, year)
    if (found === undefined) continue
    if (pastYearAttribute(s, m, year)) continue
    if (!m[1] && !atClauseStart(pos) && !(RELATIVE_ANYWHERE.test(m[0]) && !COMPARED.test(s.slice(Math.max(0, pos - 1), pos)) && !datesFromLevel(s, pos, m[0]))) continue
    best = { pos, end: pos + m[0].length, period: found }
  }
  return best
}

/** `2000年底前建成投用的老旧小区`: a year long past, before which something was built, describes a thing; it dates nothing. */
const BEFORE_A_YEAR_ATTRIBUTE = /^(?:年底|年末|年)(?:以前|之前|前)[^,;。:]*?的/u

function pastYearAttribute(s: string, m: RegExpExecArray, year: number | null): boolean {
  if (m[2] === undefined || year === null || Number(m[2]) >= year - 1) return false
  return BEFORE_A_YEAR_ATTRIBUTE.test(s.slice(m.index + (m[0].indexOf('年') >= 0 ? m[0].indexOf('年') : m[0].length)))
}

function cuePeriod(m: RegExpExecArray, s: string, year: number | null): string | undefined {
  if (m[2] !== undefined) {
    const y = Number(m[2])
    if (y < 1949 || y > 2100) return undefined
    if (m[3] && year !== null && y < year - 1) return period(y, year - 1)
    // 到2030年 / 至2030年: a goal however far
    const before = s.slice(Math.max(0, m.index - 1), m.index)
    if ((before === '到' || before === '至') && year !== null && y >= year) return period(y, y, true)
    return yearPeriod(y, year)
  }
  if (m[4] !== undefined) return planPeriod(m[0], year) // the whole cue: a short name (十五) is one only before ” or 时期
  if (year === null) return undefined
  return relativePeriod(m[0], year)
}

/** A goal of several years (`2021-2025 target`). */
function yearsAhead(p: string): boolean {
  const span = parsePeriod(p)
  return span !== null && span.target && span.to > span.from
}

/** An address opening a paragraph (`各位代表，`): what follows it is the paragraph's head. */
const SALUTATION_FIRST = new RegExp(`^(?:${SALUTATIONS.source.replace(/^\^/, '')})[,!:]`)

/** Does the paragraph at lineStart open with an address to the audience (`各位代表，2020年是…`)? */
export function opensWithAddress(norm: string, lineStart: number): boolean {
  return SALUTATION_FIRST.test(norm.slice(lineStart, lineStart + 16).trimStart()) // indented as pasted from Word
}

/** Is the paragraph at lineStart only an address to the audience (`各位代表！`)? */
export function isSalutationLine(norm: string, lineStart: number): boolean {
  const end = norm.indexOf('\n', lineStart)
  const line = norm.slice(lineStart, end < 0 ? norm.length : end).trim()
  return line.length <= 8 && SALUTATIONS.test(line)
}

function goalAnnounced(line: string): number {
  let at = -1
  for (const w of GOAL_ANNOUNCERS) {
    let k = line.lastIndexOf(w)
    while (k >= 0) {
      const after = line.slice(k + w.length, k + w.length + 2)
      if (ANNOUNCER_FOLLOWERS.some((f) => after.startsWith(f))) {
        at = Math.max(at, k)
        break
      }
      k = k > 0 ? line.lastIndexOf(w, k - 1) : -1
    }
  }
  return at
}

/**
 * The years ahead a plan's name inside the clause announcing goals gives them (`确定了“十三五”经济社会发展的主要预期
 * 目标:`): the goals are the plan's, though the name does not open the clause. Not a year of the plan
 * (`“十四五”开局之年的主要预期目标是：`) nor a plan named in a clause before (`今年是“十四五”开局之年，主要…`).
 */
function plansAnnounced(before: string, year: number): string | undefined {
  let k = before.length
  while (k > 0 && !CLAUSE_START.has(before[k - 1] as string)) k--
  const clause = before.slice(k)
  CUE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CUE.exec(clause)) !== null) {
    if (m[4] === undefined) continue
    const found = cuePeriod(m, clause, year)
    if (found === undefined || !yearsAhead(found)) continue
    if (/年|开局|起步|收官/.test(clause.slice(m.index + m[0].length))) continue
    return found
  }
  return undefined
}

/**
 * Do the goals a figure is read among announce themselves as the plan year's (`今年主要预期目标是：`, `2026年全市经济社会
 * 发展主要预期目标是：`)? Then they are that year's, even in a part on the years ahead.
 */
export function goalsOfPlanYear(norm: string, at: number, year: number | null, lineStart: number, window = 400): boolean {
  if (year === null) return false
  const before = norm.slice(Math.max(lineStart, at - window), at)
  const goal = goalAnnounced(before)
  if (goal < 0) return false
  let k = goal
  while (k > 0 && !CLAUSE_START.has(before[k - 1] as string)) k--
  const clause = before.slice(k, goal)
  return /^(今年|本年)/.test(clause) || clause.startsWith(`${year}年`)
}

/**
 * The period cue nearest before a figure at `at`: within its clause, its sentence (to the last 。！？, across
 * semicolons) or opening a sentence of its paragraph (which starts at `lineStart`): `paragraphCue` says which,
 * by default the paragraph's head only. Undefined when there is none. Reads at most `window` characters back.
 */
export function sentencePeriod(
  norm: string,
  at: number,
  year: number | null,
  lineStart: number,
  window = 400,
  paragraphCue: (lineStart: number, at: number) => string | undefined = (a, b) => headCue(norm, a, b, year),
): string | undefined {
  const floor = Math.max(lineStart, at - window)
  let stop = -1
  for (let k = at - 1; k >= Math.max(floor, at - 200); k--) {
    const ch = norm[k]
    if (ch === '。' || ch === '!' || ch === '?') {
      stop = k
      break
    }
  }
  const sFloor = Math.max(floor, stop + 1, at - 200)
  const sentence = norm.slice(sFloor, at)
  const atClauseStart = (pos: number): boolean => {
    if (pos === 0) return true
    const p = sentence[pos - 1] as string
    if (CLAUSE_START.has(p)) return true
    if ('到至在截'.includes(p) && (pos === 1 || CLAUSE_START.has(sentence[pos - 2] as string))) return true
    // `五年累计获…20项，其中2020年获6项`: a year after 其中 heads its clause (the part of the whole it names).
    if (PART_OF_WHOLE.some((w) => sentence.startsWith(w, pos - w.length) && (pos === w.length || CLAUSE_START.has(sentence[pos - w.length - 1] as string)))) return true
    // ，即到2027年: a restating word before the date leaves it at the head of its clause (a year only: 到2023年，即到“十四五”
    // 中期 restates the year before, which stays).
    const restated = '到至'.includes(p) && /^\d{4}年/.test(sentence.slice(pos)) ? RESTATING_WORDS.find((w) => sentence.startsWith(w, pos - 1 - w.length)) : undefined
    if (restated && (pos === restated.length + 1 || CLAUSE_START.has(sentence[pos - restated.length - 2] as string))) return true
    if (pos === 2 && sentence.startsWith('截至')) return true
    const estimate = ESTIMATE_LEADS.find((w) => pos >= w.length && sentence.startsWith(w, pos - w.length))
    if (estimate && (pos === estimate.length || CLAUSE_START.has(sentence[pos - estimate.length - 1] as string))) return true
    return isGoalDate(sentence, pos, year)
  }
  // A cue inside the sentence governs up to its next semicolon (`…，2025年医疗旅游人次86.5万；陵水…26所`); one
  // heading the sentence governs all of it.
  const lastSemicolon = sentence.lastIndexOf(';')
  const inSentence = lastCue(sentence, year, atClauseStart, (pos) => pos <= 2 || pos > lastSemicolon || GOAL_DATE_HEAD.test(sentence.slice(0, pos)))
  const goal = year !== null ? goalAnnounced(norm.slice(floor, at)) : -1
  const goalPos = goal >= 0 ? floor + goal - sFloor : -Infinity
  // (Goals announced after the years ahead they are of, `“十四五”时期全市经济社会发展主要目标为：`, are of those years.)
  if (inSentence && (inSentence.pos >= goalPos || yearsAhead(inSentence.period))) return inSentence.period
  if (goal >= 0 && year !== null) return plansAnnounced(norm.slice(floor, floor + goal), year) ?? period(year, year, true)
  // The head of the paragraph: `刚刚过去的2025年，全省…。…` governs the whole paragraph, and so does a cue
  // opening the sentence after a short lead (`——综合实力显著增强。五年来，…`).
  if (sFloor > lineStart) {
    const cue = paragraphCue(lineStart, sFloor)
    if (cue !== undefined) return cue
  }
  // (The paragraph's first sentence opening on the first weeks of the year: `年初以来，全市…`.)
  return sFloor === lineStart ? paragraphYearOpening(norm, lineStart, year) : undefined
}

/**
 * The times that open the sentences of a paragraph (`各位代表！2025年目标任务顺利完成…。五年来，我们…。一是…`):
 * a time named at the head of a sentence speaks for the sentences after it, until the next one. Each paragraph
 * is read once (figures come in text order), so a long paragraph costs no more than its length.
 */
export class ParagraphCues {
  private lineStart = -1
  private cues: { pos: number; period: string }[] = []
  constructor(
    private readonly norm: string,
    private readonly year: number | null,
  ) {}

  /** The last time opening a sentence of the paragraph at `lineStart` before `at`. */
  before(lineStart: number, at: number): string | undefined {
    if (lineStart !== this.lineStart) this.read(lineStart)
    let found: string | undefined
    for (const c of this.cues) {
      if (c.pos >= at) break
      found = c.period
    }
    return found
  }

  /** The last time opening a sentence of the whole paragraph: what it hands on to the paragraphs after it. */
  last(lineStart: number): string | undefined {
    if (lineStart !== this.lineStart) this.read(lineStart)
    return this.cues.at(-1)?.period
  }

  /** Is that last time the one the paragraph opens with (`各位代表!六年来,…`), not a later sentence's own? */
  lastOpensParagraph(lineStart: number): boolean {
    if (lineStart !== this.lineStart) this.read(lineStart)
    const first = this.cues[0]
    return first !== undefined && first.pos === lineStart && this.cues.at(-1)?.period === first.period
  }

  private read(lineStart: number): void {
    this.lineStart = lineStart
    this.cues = []
    let end = this.norm.indexOf('\n', lineStart)
    if (end < 0) end = this.norm.length
    const head = headCue(this.norm, lineStart, end, this.year)
    if (head !== undefined) this.cues.push({ pos: lineStart, period: head })
    for (let k = lineStart; k < end; k++) {
      const ch = this.norm[k]
      if (ch !== '。' && ch !== '!' && ch !== '?') continue
      const cue = openingCue(this.norm, k + 1, end, this.year)
      if (cue !== undefined) this.cues.push({ pos: k + 1, period: cue })
    }
  }
}

/** The time a sentence at `s` opens with, when its whole opening clause is that time (`五年来，`, `2025年，`). */
function openingCue(norm: string, s: number, end: number, year: number | null): string | undefined {
  const head = norm.slice(s, Math.min(end, s + 24))
  const firstClause = head.split(/[,。;:]/)[0] ?? ''
  const cue = lastCue(firstClause, year, (pos) => pos <= 6)
  if (cue && firstClause.length - cue.end <= 1) return cue.period
  // N years closed by 来 at the head (`五年来市政府…`) are the whole time adverbial even without a comma after them.
  const head0 = lastCue(firstClause, year, (pos) => pos === 0)
  if (head0 && head0.pos === 0 && /^[一二三四五六七八九十两几\d]+年来$/.test(firstClause.slice(0, head0.end))) return head0.period
  // 新中国成立70年来，…增长215倍: the many years since an event, up to the year reviewed (its end year and the one N before).
  const long = LONG_SPAN_HEAD.exec(firstClause)
  const longYears = long ? chineseNumeralValue(long[1] as string) ?? (/^\d+$/.test(long[1] as string) ? Number(long[1]) : null) : null
  if (longYears !== null && longYears > 10 && longYears <= 200 && year !== null) return period(year - 1 - longYears, year - 1)
  // 省十三届人大一次会议以来的五年，是…的五年: the years since a session (or any event) are N years past.
  const since = /以来的([一二三四五六七八九十两]+)年$/.exec(firstClause)
  if (since && firstClause.length <= 24) return lastCue(`过去${since[1]}年`, year, (pos) => pos === 0)?.period
  // 回眸过去，这是城市综合实力显著提升的五年。: a sentence saying what the N years past were turns the speech to them.
  const yearsWere = YEARS_THEY_WERE.exec(norm.slice(s, Math.min(end, s + 60)))
  if (yearsWere) return lastCue(`过去${yearsWere[1]}年`, year, (pos) => pos === 0)?.period
  // The time as the subject of 是 (`2020年是“十三五”的收官之年，…`) dates what follows too.
  const first = lastCue(firstClause, year, (pos) => pos === 0)
  if (first && firstClause[first.end] === '是') return first.period
  // …and of a short sentence saying what it was (`2025年承前启后、继往开来。`, `过去的五年极不寻常。`).
  return first && norm[s + firstClause.length] === '。' && isShortVerdict(firstClause.slice(first.end)) ? first.period : undefined
}

/** `这是…的五年。` as a whole sentence, after at most a short lead clause (`回眸过去，`): what the N years past were. */
const YEARS_THEY_WERE = /^(?:[^,;:。]{1,6},)?这是[^,;:。]{2,40}的([三四五])年。/u

/** `新中国成立70年来`, `改革开放四十年来`: the N years since an event, as the whole opening clause of a sentence. */
const LONG_SPAN_HEAD = /^[^,;:。\d]{0,12}?(\d{2,3}|[一二三四五六七八九十百]{1,4})(?:周)?年(?:以)?来$/u

/** What a short sentence says of a time that is its subject (`极不平凡`, `承前启后、继往开来`), and nothing else. */
const VERDICT_MAX = 12
function isShortVerdict(rest: string): boolean {
  return rest.length <= VERDICT_MAX && TIME_VERDICTS.test(rest)
}

const YEAR_OPENING_HEAD = new RegExp(`^(?:${YEAR_OPENINGS.join('|')}),`)

/**
 * The year a paragraph at `lineStart` opens on (`各位代表！新年伊始，…`, `年初以来，…`): the year the speech is given in, as
 * a fact; undefined when it opens on anything else.
 */
function paragraphYearOpening(norm: string, lineStart: number, year: number | null): string | undefined {
  if (year === null) return undefined
  let a = lineStart
  while (norm[a] === '—' || norm[a] === '-' || norm[a] === ' ') a++
  const salutation = SALUTATION_FIRST.exec(norm.slice(a, a + 8))
  if (salutation) a += salutation[0].length
  return YEAR_OPENING_HEAD.test(norm.slice(a, a + 6)) ? period(year) : undefined
}

/**
 * A paragraph of a five-year review that turns, in a later sentence, to the year just past (`各位代表，五年来的…值得
 * 珍惜。刚刚过去的一年，全市…`): the paragraphs after it speak of that year. The last such turn, or undefined.
 */
export function turnToLastYear(norm: string, lineStart: number, lineEnd: number, year: number | null): string | undefined {
  if (year === null) return undefined
  const text = norm.slice(lineStart, lineEnd)
  let turned: string | undefined
  for (const m of text.matchAll(/[。!;](?:特别是|尤其是)?(?:刚刚过去的|过去的)(一年|(\d{4})年)[,，]/gu)) {
    const named = m[2] === undefined ? year - 1 : Number(m[2])
    if (named === year - 1) turned = period(named)
  }
  return turned
}

/** The time a paragraph opens with (`五年来，…`, `——综合实力显著增强。五年来，…`, `各位代表，刚刚过去的2015年，…`). */
export function headCue(norm: string, lineStart: number, at: number, year: number | null): string | undefined {
  const yearOpening = paragraphYearOpening(norm, lineStart, year)
  if (yearOpening !== undefined) return yearOpening
  const starts = [lineStart]
  let a = lineStart
  while (a < at && (norm[a] === '—' || norm[a] === '-' || norm[a] === ' ')) a++
  const salutation = SALUTATION_FIRST.exec(norm.slice(a, a + 8))
  if (salutation) a += salutation[0].length
  if (a > lineStart) starts.push(a)
  const leadEnd = findLead(norm, a, Math.min(at, a + 60))
  if (leadEnd > 0) starts.push(leadEnd)
  for (const s of starts.reverse()) {
    if (s >= at) continue
    // The cue is the whole opening clause (`五年来，`, `2025年，`): `2025年四大主导产业占比…` dates its sentence only.
    const cue = openingCue(norm, s, at, year)
    if (cue !== undefined) return cue
  }
  return undefined
}

/**
 * A figure's period from its own clause (from-to, comparison base), the cue before it and its section's period.
 */
export function resolvePeriod(
  hint: PeriodHint | null,
  cue: string | undefined,
  section: string | null,
  year: number | null,
  partSpan: string | null = null,
  sectionNamed = true,
): string | null {
  const resolved = resolveDated(hint, cue, section, year)
  const p = parsePeriod(resolved)
  // 今年高校毕业生达874万人，要…: a fact of the plan year; 超过原定的近2万亿元规模: the goal of the year reviewed.
  // 老年人口已达2.5亿，要…: a fact said to be reached already is known from the year before the plan's.
  if (hint?.fact && p?.target && p.from === p.to) return period(hint.reached && !datesItself(hint) ? p.from - 1 : p.from)
  if (hint?.planned && p && !p.target && p.from === p.to) return period(p.from, p.from, true)
  // 今后五年的目标任务 opening on the year's difficulties (`…同比下降42.1%`): a fact of the year before the goals.
  if (pastInGoals(hint, p)) return period((p as { from: number }).from - 1)
  // …2025年运行航线75条，快递业务量年均增长超21%: an average covers the span of its part.
  // A part named for a year and a span (`2015年和“十二五”工作回顾`): an average there is the span's.
  for (const span of [section, partSpan]) {
    const s = parsePeriod(span)
    if (hint?.average && p && s && p.from === p.to && s.to > s.from && s.from <= p.from && p.to <= s.to && s.target === p.target) return span
  }
  // 到2026年…年均增长6.5%: an average goal runs from the plan year to the year it is to be reached by.
  if (hint?.average && p && p.target && p.from === p.to && year !== null && p.from > year) return period(year, p.from, true)
  // 主要预期目标是：… in a part on the five years ahead: the plan year named by the announcer is the first of them.
  const s = parsePeriod(section)
  // (比2010年翻一番 there too: its base says from where, the cue still dates it.)
  // (Only where the part itself names the years ahead: one inheriting them from the part before may be on the year.)
  if (sectionNamed && cue !== undefined && resolved === cue && p && s && p.target && s.target && p.from === p.to && p.from === year && s.from === year && s.to > s.from) return section
  return resolved
}

/** A figure that has happened (`同比下降`, `已建成`) with no date of its own, in a part on goals of years ahead. */
export function pastInGoals(hint: PeriodHint | null, p: ReturnType<typeof parsePeriod>): boolean {
  return hint?.past === true && !datesItself(hint) && p !== null && p.target && p.to > p.from
}

/** Does the hint date the figure by itself (a year, a role in a change, a base, a plan's end)? */
export function datesItself(hint: PeriodHint | null): boolean {
  return hint !== null && (hint.year !== undefined || hint.role !== undefined || hint.base !== undefined || hint.yearsBack !== undefined || hint.planEnd !== undefined)
}

function resolveDated(hint: PeriodHint | null, cue: string | undefined, section: string | null, year: number | null): string | null {
  const context = cue !== undefined ? cue : section
  if (hint?.planEnd) return period(hint.planEnd)
  // 技术合同成交额2030年达到600亿元, PM2.5年均浓度2017年比2013年下降35.4%: a year written right after the subject is the
  // figure's, goal or fact, before any base or the part's span.
  if (hint?.year !== undefined && !hint.role) return yearPeriod(hint.year, year)
  if (hint?.role) {
    if (hint.year !== undefined) return yearPeriod(hint.year, year)
    const p = parsePeriod(context)
    if (!p) return context
    if (hint.role === 'from') {
      if (hint.lastYear) return period(p.to - 1)
      if (hint.partOfYear && p.to === p.from && !p.target) return period(p.to)
      // (`从一季度5.9%降到5.1%`, `由原来的181个工作日` in the review of one year: a time of its own, whose year the text
      // leaves open.)
      if (hint.undatedTime && p.to === p.from && !p.target) return null
      // The level a change starts from is the one before its time: the year before the span, or before the year
      // reviewed (`城乡居民住院报销比例从63%提高到70%` in the review of 2022 → 2021), or before the year of a goal.
      return period(p.from - 1)
    }
    return period(p.to, p.to, p.target)
  }
  if (hint?.base !== undefined) {
    const p = parsePeriod(context)
    // In a part about a span (`“十三五”时期…比2010年翻一番`), the span is the period; the base only says from where.
    if (p && p.to > p.from) return context
    // `2021年接待游客3500万人次，是2016年的2.6倍`: a multiple of the base is a ratio of the level of the year written.
    if (p && hint.multiple && p.from === p.to && cue !== undefined) return context
    // A goal for a year against an earlier one (`到2025年，…比2020年提高10个百分点`) is that year's goal.
    if (p && p.target && p.from === p.to) return context
    // A fact of a year reviewed on its own against an earlier year (`信访量较2019年下降22.1%` in the review of 2023) is
    // that year's fact, as every label file dates it; in a part on several years, from the base on
    // (`2015年…收入…比2010年增加13480元` → 2011-2015).
    const s = parsePeriod(section)
    if (p && p.from === p.to && (!s || s.to === s.from)) return context
    if (p && hint.base < p.to) return period(hint.base + 1, p.to, p.target)
  }
  if (hint?.yearsBack !== undefined) {
    const p = parsePeriod(context)
    // 力争五年翻一番 among the goals of the plan year: the N years from it on (to a year ahead, 到2007年…五年翻一番:
    // the N years up to it).
    if (p && p.target && p.from === p.to && p.from === year) return period(p.from, p.from + hint.yearsBack - 1, true)
    // `连续两年降幅超过40%` in the review of one year: that year's fact.
    if (p && hint.streak && p.from === p.to) return context
    if (p) return period(p.to - hint.yearsBack + 1, p.to, p.target)
  }
  return context
}
