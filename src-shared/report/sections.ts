import type { Paragraph, Section } from '../schemas/report'
import { isHeadNoteLine, isSpeakerLine } from './speaker-line'
import { chineseNumeralValue } from './words/numerals'
import { titlesOverSeries } from './titles-over-series'
import { ANNEX_HEADING, ANNEX_LISTING, BARE_ANNEX, END_PUNCT, GLOSSARY_WORDS, HEADING_WORDS, INTRO_WORDS, OWN_CONDUCT_PART, SALUTATIONS, TIME_PART } from './words/headings'

/**
 * Section tree of a government work report.
 *
 * Heading levels, each at the start of a line:
 *   1  `一、`             a short line on its own; in a report without numbered parts, a short line without
 *                         end punctuation that names a part (`“十四五”时期工作回顾`, `2026年重点工作`), or
 *                         that stands over a numbered series starting again under the next such line
 *                         (`2013年：攻坚克难、奋发进取` / `（一）…`; see titles-over-series.ts)
 *   2  `（一）` / `(一)`   the heading runs to the first `。`; the rest of the line is body
 *   3  `1.` `1．` `1、`    likewise
 *   4  `（1）` / `(1)`     likewise
 * A lead sentence on a line of its own (`这一年，我们…封关运作如期实现。`, `旗帜鲜明讲政治。`) heads the part
 * that follows: level 2 in a part without （一） headings, level 3 under them. Where a part has both long leads
 * (with a comma) and short ones, the long ones are level 2 and the short ones level 3.
 * A part without headings whose lines of their own read `第一，…` `第二，…` in turn, titles without a stop of a
 * sentence (`第一，坚持产业富民，发展壮大特色产业`), has those as its level-2 headings when they make a series.
 * Numbers inside sentences and enumerations (`一是…二是…`) are never headings. After the closing, annexes
 * (`附件1`, `名词解释`, `注释`) are sections of their own, outside the body.
 *
 * Everything works on the normalised text (see normalize.ts), whose offsets equal the original's; titles,
 * numbers and paragraph text are sliced from the original.
 */

export interface HeadingMatch {
  level: 1 | 2 | 3 | 4
  /** [start, numberEnd) is the number as written. */
  start: number
  numberEnd: number
  titleStart: number
  titleEnd: number
  /** Start of body text sharing the heading's line, or -1. */
  bodyStart: number
}

export interface SectionTree {
  title: string
  /** The speaker/date line under the title (`——2024年2月29日在…`), when present. */
  speakerLine: string | null
  sections: Section[]
  /** Annexes after the body (附件, 名词解释, 注释), in order. */
  annexes: Section[]
  /** All sections, annexes last, in document (pre-)order. */
  flat: Section[]
  /** Where the body ends (the first annex starts); the text length when there is none. */
  bodyEnd: number
  /** Whether figures at this offset (in an annex) are figures of the report: yes for 附件, no for glossaries. */
  annexFigures: (offset: number) => boolean
}

const CN_NUMERALS = '一二三四五六七八九十'
const L1_MAX_LINE = 40
/**
 * A longer top heading, a line with no stop of a sentence in it (`一、回顾2023年，我们树牢雄心壮志紧抓快干、赶超跨越，…`,
 * `二、聚焦…“三大关键”攻坚发力，全力推动发展更有效率、更可持续、更加安全`): some reports title their parts so.
 */
const L1_MAX_LONG_LINE = 64
const SENTENCE_STOPS = /[。;:!?]/
const TITLE_SCAN = 100
const LEAD_MAX = 25

function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CN_NUMERALS.includes(ch)
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** Find the end of a heading title that shares its line with body text: the first `。`/`!` within reach. */
function headingTitleEnd(norm: string, from: number, lineEnd: number): { titleEnd: number; bodyStart: number } {
  const limit = Math.min(lineEnd, from + TITLE_SCAN)
  for (let i = from; i < limit; i++) {
    const ch = norm[i]
    if (ch === '。' || ch === '!' || ch === '?' || ch === '？' || ch === '！') {
      let b = i + 1
      while (b < lineEnd && norm[b] === ' ') b++
      return { titleEnd: i, bodyStart: b < lineEnd ? b : -1 }
    }
  }
  if (lineEnd - from <= TITLE_SCAN) return { titleEnd: lineEnd, bodyStart: -1 }
  // A very long line without an early full stop: the title is its first phrase.
  for (let i = from; i < limit; i++) {
    const ch = norm[i]
    if (ch === ',' || ch === ':' || ch === ';') {
      return { titleEnd: i, bodyStart: i + 1 }
    }
  }
  return { titleEnd: limit, bodyStart: limit }
}

/** The shortest paragraph read after a title run in before it with a space (`一、2011年工作回顾 过去一年，…`). */
const RUN_IN_BODY_MIN = 20

/**
 * `一、2011年工作回顾 过去一年，在…`: a top heading run into its first paragraph, the two parted by a space only (a
 * page's bold title pasted with the text after it). The title is the words before the first space: at least four, at
 * most a short line's, with no stop of a sentence.
 */
function spacedRunInTitle(norm: string, a: number, numberEnd: number, b: number): HeadingMatch | null {
  const run = spacedRunIn(norm, numberEnd, b)
  if (!run || run.titleEnd - numberEnd < 4 || run.titleEnd - a > L1_MAX_LINE || SENTENCE_STOPS.test(norm.slice(numberEnd, run.titleEnd))) return null
  return { level: 1, start: a, numberEnd, titleStart: numberEnd, ...run }
}

/**
 * A title from `from` to the first space of [from, b), and the paragraph after the spaces, when that paragraph is long
 * enough to be one (RUN_IN_BODY_MIN); null otherwise.
 */
function spacedRunIn(norm: string, from: number, b: number): { titleEnd: number; bodyStart: number } | null {
  const space = norm.indexOf(' ', from)
  if (space < 0 || space >= b) return null
  let body = space
  while (body < b && norm[body] === ' ') body++
  return b - body >= RUN_IN_BODY_MIN ? { titleEnd: space, bodyStart: body } : null
}

/**
 * `一、2013年工作回顾2013年，面对…`, `二、2014年工作安排今年，…`: a top heading naming a year's work run into its paragraph
 * with nothing between, the paragraph opening on a time. The title ends where the time begins.
 */
const YEAR_TITLE_RUN_IN = /^\d{4}年(?:的)?[^,。;:!?\d\s]{0,10}?(?:工作回顾|工作安排|主要工作|回顾|安排)(?=\d{4}年|过去|一年来|今年)/

function yearTitleRunIn(norm: string, a: number, numberEnd: number, b: number): HeadingMatch | null {
  const m = YEAR_TITLE_RUN_IN.exec(norm.slice(numberEnd, Math.min(b, numberEnd + L1_MAX_LINE)))
  if (!m) return null
  const titleEnd = numberEnd + m[0].length
  return b - titleEnd >= RUN_IN_BODY_MIN ? { level: 1, start: a, numberEnd, titleStart: numberEnd, titleEnd, bodyStart: titleEnd } : null
}

/** Match a heading at [a, b) (a trimmed line of the normalised text). */
export function matchHeading(norm: string, a: number, b: number): HeadingMatch | null {
  const c0 = norm[a]
  if (c0 === undefined) return null
  // Level 1: 一、 … on a short line of its own.
  if (isCnNumeral(c0)) {
    let i = a
    while (i < b && i - a < 3 && isCnNumeral(norm[i])) i++
    if (norm[i] !== '、') return null
    const numberEnd = i + 1
    // “一、二、三产融合” is a list, not a heading.
    if (isCnNumeral(norm[numberEnd]) && norm[numberEnd + 1] === '、') return null
    if (b - a > L1_MAX_LINE && (b - a > L1_MAX_LONG_LINE || SENTENCE_STOPS.test(norm.slice(numberEnd, b)))) return spacedRunInTitle(norm, a, numberEnd, b) ?? yearTitleRunIn(norm, a, numberEnd, b)
    let titleEnd = b
    let comma = false
    for (let k = numberEnd; k < b; k++) {
      const ch = norm[k]
      if (ch === ',') comma = true
      if (ch === '。') {
        // A sentence, not a title — unless the stop is the last character of a line without commas.
        if (k === b - 1 && !comma) {
          titleEnd = k
          break
        }
        return null
      }
    }
    let ts = numberEnd
    while (ts < titleEnd && norm[ts] === ' ') ts++
    if (ts >= titleEnd) return null
    return { level: 1, start: a, numberEnd, titleStart: ts, titleEnd, bodyStart: -1 }
  }
  // Levels 2 and 4: (一) / (1)
  if (c0 === '(') {
    let i = a + 1
    let level: 2 | 4 | 0 = 0
    if (isCnNumeral(norm[i])) {
      while (i < b && i - a <= 3 && isCnNumeral(norm[i])) i++
      level = 2
    } else if (isDigit(norm[i])) {
      while (i < b && i - a <= 2 && isDigit(norm[i])) i++
      level = 4
    }
    if (level === 0 || norm[i] !== ')') return null
    const numberEnd = i + 1
    let ts = numberEnd
    while (ts < b && norm[ts] === ' ') ts++
    if (ts >= b) return null
    const { titleEnd, bodyStart } = headingTitleEnd(norm, ts, b)
    if (titleEnd <= ts) return null
    return { level, start: a, numberEnd, titleStart: ts, titleEnd, bodyStart }
  }
  // Level 3: 1. / 1、
  if (isDigit(c0)) {
    let i = a
    while (i < b && i - a < 2 && isDigit(norm[i])) i++
    const sep = norm[i]
    if (sep !== '.' && sep !== '、') return null
    const numberEnd = i + 1
    if (isDigit(norm[numberEnd])) return null // 1.5万…
    let ts = numberEnd
    while (ts < b && norm[ts] === ' ') ts++
    if (ts >= b) return null
    const { titleEnd, bodyStart } = headingTitleEnd(norm, ts, b)
    if (titleEnd <= ts) return null
    return { level: 3, start: a, numberEnd, titleStart: ts, titleEnd, bodyStart }
  }
  return null
}

/**
 * `二、推动经济绿色转型取得新成效。推进工业绿色升级。…`: a top-style number whose title, a short sentence without a
 * comma, runs into its paragraph on the same line. Read as a heading only in a series (see assignLevels).
 */
function matchRunInHeading(norm: string, a: number, b: number): HeadingMatch | null {
  let i = a
  while (i < b && i - a < 3 && isCnNumeral(norm[i])) i++
  if (i === a || norm[i] !== '、') return null
  const numberEnd = i + 1
  if (isCnNumeral(norm[numberEnd]) && norm[numberEnd + 1] === '、') return null
  const limit = Math.min(b, a + L1_MAX_LINE)
  for (let k = numberEnd; k < limit; k++) {
    const ch = norm[k]
    if (ch === ',' || ch === ';' || ch === ':' || ch === '、') return null
    if (ch === '。' || ch === '!') {
      let body = k + 1
      while (body < b && norm[body] === ' ') body++
      return k - numberEnd >= 4 && body < b ? { level: 1, start: a, numberEnd, titleStart: numberEnd, titleEnd: k, bodyStart: body } : null
    }
  }
  return null
}

/** The longest line read as an ordinal heading (`第五，积极融入…双城经济圈建设，深化改革创新扩大全域开放`). */
const ORDINAL_LINE_MAX = 48

/**
 * `第一，坚持产业富民，发展壮大特色产业`: an ordinal, a comma and a title, the whole line, with no stop of a sentence.
 * Read as a heading only in a series (see assignLevels); `第一，…。` sentences opening paragraphs are not titles.
 */
function matchOrdinalHeading(norm: string, a: number, b: number): HeadingMatch | null {
  if (norm[a] !== '第' || b - a > ORDINAL_LINE_MAX) return null
  let i = a + 1
  while (i < b && i - a <= 3 && isCnNumeral(norm[i])) i++
  if (i === a + 1 || (norm[i] !== ',' && norm[i] !== '、')) return null
  const numberEnd = i + 1
  let ts = numberEnd
  while (ts < b && norm[ts] === ' ') ts++
  if (b - ts < 4 || SENTENCE_STOPS.test(norm.slice(ts, b)) || END_PUNCT.has(norm[b - 1] as string)) return null
  return { level: 2, start: a, numberEnd, titleStart: ts, titleEnd: b, bodyStart: -1 }
}

/**
 * `政 府 工 作 报 告` → `政府工作报告` (any white space: full-width, no-break, en spaces); other runs of spaces → one
 * space.
 */
/** The field name a web page prints before an article's title (`原标题：`). */
const WEB_TITLE_FIELD = /^(?:原标题|标题)[:：]\s*/u

export function collapseTitle(s: string): string {
  let out = ''
  const t = s.trim()
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string
    if (/\s/.test(ch)) {
      const prev = out[out.length - 1]
      let j = i
      while (j < t.length && /\s/.test(t[j] as string)) j++
      const next = t[j]
      if (prev !== undefined && next !== undefined && !isAsciiWord(prev) && !isAsciiWord(next)) {
        i = j - 1
        continue
      }
      out += ' '
      i = j - 1
      continue
    }
    out += ch
  }
  return out
}

function isAsciiWord(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch)
}

/** An opening topic sentence: short, ends in 。, no commas, and followed by more text. */
export function findLead(norm: string, start: number, end: number): number {
  const limit = Math.min(end, start + LEAD_MAX)
  for (let i = start; i < limit; i++) {
    const ch = norm[i]
    if (ch === ',' || ch === ';' || ch === ':' || ch === '、' || ch === '"' || ch === '“' || ch === '”') return -1
    if (ch === '。' || ch === '!') {
      if (i - start < 2) return -1
      let k = i + 1
      while (k < end && norm[k] === ' ') k++
      return k < end ? i + 1 : -1
    }
  }
  return -1
}

const LEAD_LINE_MAX = 60
const PART_TITLE_MAX = 30

interface Line {
  a: number
  b: number
  heading: HeadingMatch | null
  /** A lead sentence on its own line: where its first sentence ends, and whether it has a comma (major). */
  lead: { firstEnd: number; secondStart: number; major: boolean } | null
  partTitle: boolean
  /**
   * Where a part title ends when it is run into its first paragraph with a space (`2011年工作回顾 2011年是…`), and
   * where that paragraph starts; null for a title on a line of its own.
   */
  partRunIn: { titleEnd: number; bodyStart: number } | null
  annex: boolean
  /** A top-style number run into its paragraph (`二、…取得新成效。推进…`): a heading if it is one of a series. */
  runIn: HeadingMatch | null
  /** A line `第一，…` that is a title (`第一，坚持产业富民，发展壮大特色产业`): a heading if it is one of a series. */
  ordinal: HeadingMatch | null
}

/**
 * A line made of one or two short sentences, each ending in 。 or ！, or of one sentence with a comma and no stop
 * (`一年来，我们坚持…，…不断提升`): a lead heading candidate.
 */
function leadOf(norm: string, a: number, b: number): Line['lead'] {
  if (b - a > LEAD_LINE_MAX || b - a < 4) return null
  const last = norm[b - 1]
  const line = norm.slice(a, b)
  if (/\d/.test(line) || SALUTATIONS.test(line) || INTRO_WORDS.test(line) || /[:;]/.test(line)) return null
  if (last !== '。' && last !== '!') return unstoppedLead(line, a, b)
  const stops: number[] = []
  for (let k = a; k < b; k++) if (norm[k] === '。' || norm[k] === '!') stops.push(k)
  if (stops.length > 2) return null
  const firstEnd = stops[0] as number
  if (firstEnd - a < 4) return null
  let secondStart = -1
  if (stops.length === 2) {
    secondStart = firstEnd + 1
    while (secondStart < b && norm[secondStart] === ' ') secondStart++
    if (b - 1 - secondStart < 4 || norm.slice(secondStart, b).includes(',')) return null
  }
  return { firstEnd, secondStart, major: norm.slice(a, firstEnd).includes(',') }
}

/**
 * A long lead written without its full stop (`一年来，我们坚持双圈牵引、同城支撑，在…位势不断提升`): a sentence with a comma
 * and no stop at all, ending on a word. As every long lead, it heads a part only in a parallel series.
 */
function unstoppedLead(line: string, a: number, b: number): Line['lead'] {
  if (!line.includes(',') || /[。!?)）”"]/.test(line) || !/\p{Script=Han}$/u.test(line)) return null
  return { firstEnd: b, secondStart: -1, major: true }
}

/**
 * `2011年工作回顾 2011年是…`: a part named for a time, without a number, run into its first paragraph with a space (a
 * page's bold title pasted with the text after it). Only a title naming a time and its work is read so: few paragraphs
 * open with such words and a space.
 */
function partRunInOf(norm: string, a: number, b: number): Line['partRunIn'] {
  const run = spacedRunIn(norm, a, b)
  if (!run || run.titleEnd - a < 4 || run.titleEnd - a > PART_TITLE_MAX) return null
  const title = norm.slice(a, run.titleEnd)
  return /[,.。;:!?、()]/.test(title) || !TIME_PART.test(title) ? null : run
}

/** Where a part title's own words end: before the paragraph run into its line, if any. */
function partTitleEnd(l: Line): number {
  return l.partRunIn?.titleEnd ?? l.b
}

function partTitleOf(norm: string, a: number, b: number): boolean {
  if (b - a > PART_TITLE_MAX || b - a < 4) return false
  const line = norm.slice(a, b)
  if (END_PUNCT.has(line[line.length - 1] as string) || line.includes(',') || line.includes('。')) return false
  if (SALUTATIONS.test(line) || line.startsWith('(') || line.startsWith('[')) return false
  return HEADING_WORDS.test(line)
}

/** A title written before its date line in brackets on one line (`政府工作报告（2023年1月15日在…会议上…）`). */
const TITLE_BEFORE_DATE = /^([^（(，。,]{0,30}工作报告)\s*[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/

/** A title run together with its date line after a space or two (`政府工作报告  ——2019年1月27日在…会议上`, as a page pasted flat). */
const TITLE_BEFORE_DASHED_DATE = /^([^（(，。,—]{0,30}工作报告)\s*[—─]{1,2}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/

/** A head line that names the report (`政府工作报告`, `2024年玉林市政府工作报告`). */
const NAMES_REPORT = /工作报告/

/** A first line that reads as a title, not a salutation or a sentence. */
function isTitleLine(norm: string, a: number, b: number): boolean {
  const line = norm.slice(a, Math.min(b, a + 200))
  if (b - a > 60 || line.includes('。') || SALUTATIONS.test(line)) return false
  return !END_PUNCT.has(line[line.length - 1] as string)
}

function readLines(norm: string): Line[] {
  const lines: Line[] = []
  const n = norm.length
  let ls = 0
  while (ls <= n) {
    let le = norm.indexOf('\n', ls)
    if (le < 0) le = n
    let a = ls
    let b = le
    while (a < b && norm[a] === ' ') a++
    while (b > a && norm[b - 1] === ' ') b--
    if (a < b) {
      const heading = matchHeading(norm, a, b)
      const partTitle = heading ? false : partTitleOf(norm, a, b)
      const partRunIn = heading || partTitle ? null : partRunInOf(norm, a, b)
      lines.push({
        a,
        b,
        heading,
        lead: heading || partRunIn ? null : leadOf(norm, a, b),
        partTitle: partTitle || partRunIn !== null,
        partRunIn,
        annex: !heading && ANNEX_HEADING.test(collapseTitle(norm.slice(a, Math.min(b, a + 40)))),
        runIn: heading ? null : matchRunInHeading(norm, a, b),
        ordinal: heading ? null : matchOrdinalHeading(norm, a, b),
      })
    }
    if (le >= n) break
    ls = le + 1
  }
  return lines
}

/**
 * Parts named without a number above numbered ones (`2016年工作回顾` over 一、…六、, then `2017年工作安排` over
 * 一、… again): the 一、 series starts afresh under a second part title. Then the part titles are level 1 and
 * every numbered heading goes one level down.
 */
function partsAboveNumbers(norm: string, lines: readonly Line[]): boolean {
  let titles = 0
  let restartsUnderTitle = 0
  let titleSinceLastOne = false
  let ones = 0
  for (const l of lines) {
    if (l.partTitle) {
      titles++
      titleSinceLastOne = true
    } else if (l.heading?.level === 1 && norm[l.heading.start] === '一') {
      if (ones > 0 && titleSinceLastOne) restartsUnderTitle++
      ones++
      titleSinceLastOne = false
    }
  }
  return titles >= 2 && restartsUnderTitle >= 1 && ones >= 2
}

/**
 * A list after the report's closing words (`各位代表，…共同奋斗！` / `2025年十件民生实事` / `一、…` `二、…`): a short
 * line without end punctuation, after the last part's heading, right after a paragraph addressed to the audience,
 * with text after it, heads an annex. -1 when there is none before `before`.
 */
function closingListStart(norm: string, lines: readonly Line[], levels: ReadonlyMap<Line, number>, before: number): number {
  let lastTop = -1
  for (let k = 0; k < before; k++) if (levels.get(lines[k] as Line) === 1) lastTop = k
  if (lastTop < 0) return -1
  for (let k = lastTop + 2; k + 1 < before; k++) {
    const l = lines[k] as Line
    const previous = lines[k - 1] as Line
    if (levels.has(l) || levels.has(previous) || l.heading || !SALUTATIONS.test(norm.slice(previous.a, previous.a + 8))) continue
    const line = norm.slice(l.a, l.b)
    if (line.length < 4 || line.length > PART_TITLE_MAX || END_PUNCT.has(line[line.length - 1] as string) || /[,。]/.test(line)) continue
    // (A line listing the annexes that follow, `附件：1、…`, is no list of the closing.)
    if (SALUTATIONS.test(line) || (ANNEX_LISTING.test(line) && before < lines.length)) continue
    return k
  }
  return -1
}

/** Which lines head parts, and at which level: numbered headings as written, then part titles and leads. */
function assignLevels(norm: string, lines: Line[]): { levels: Map<Line, 1 | 2 | 3 | 4>; bodyStart: number; annexStart: number } {
  const firstNumbered = lines.findIndex((l) => l.heading?.level === 1)
  const numberedTop = firstNumbered >= 0
  // Part titles over a 一、 series that starts again under each (`2016年工作回顾` / 一、… / `2017年工作安排` / 一、…).
  const nested = numberedTop && partsAboveNumbers(norm, lines)
  // Unnumbered parts named for a time (`2018年工作回顾`, `2019年工作安排`) before the first `一、`: the parts are the
  // top level and the numbered headings sit inside them, one level down.
  const isTimePart = (l: Line, k: number) => k > 0 && l.partTitle && TIME_PART.test(norm.slice(l.a, partTitleEnd(l)))
  const timeParts = numberedTop && !nested && lines.some((l, k) => k < firstNumbered && isTimePart(l, k))
  const down = nested || timeParts
  // Parts named by lines of their own over numbered series that start again under each (no `一、` in the report).
  const overSeries = titlesOverSeries(norm, lines)
  const levels = new Map<Line, 1 | 2 | 3 | 4>()
  let bodyStart = -1
  let annexStart = lines.length
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line
    if (l.heading) levels.set(l, down ? (Math.min(4, l.heading.level + 1) as 2 | 3 | 4) : l.heading.level)
    else if (((!numberedTop || nested) && l.partTitle && k > 0) || overSeries.has(l) || (timeParts && (isTimePart(l, k) || (l.partTitle && OWN_CONDUCT_PART.test(norm.slice(l.a, partTitleEnd(l))))))) levels.set(l, 1)
    else continue
    if (bodyStart < 0) bodyStart = k
  }
  if (bodyStart < 0) return { levels, bodyStart: lines.length, annexStart }
  for (let k = bodyStart + 1; k < lines.length; k++) {
    const l = lines[k] as Line
    // 附件：1、…十件民生实事 / 2、注释, then 附件1, 附件2: a line listing the annexes opens none of its own, but the body
    // ends there (the listing belongs to no section).
    if (l.annex && ANNEX_LISTING.test(norm.slice(l.a, l.b)) && lines.slice(k + 1).some((x) => x.annex)) l.annex = false
    if (l.annex || ANNEX_LISTING.test(norm.slice(l.a, l.b))) {
      annexStart = k
      break
    }
  }
  const closingList = closingListStart(norm, lines, levels, annexStart)
  if (closingList >= 0) {
    ;(lines[closingList] as Line).annex = true
    annexStart = closingList
  }
  // Leads, part by part: level 3 under （一） headings; else long ones 2 and short ones 3 when both occur.
  let k = bodyStart
  while (k < annexStart) {
    let end = k + 1
    while (end < annexStart && levels.get(lines[end] as Line) !== 1) end++
    const part = lines.slice(k + 1, end)
    // A part without headings of its own whose paragraphs open 一、…。 二、…。 三、…。 in turn (the title a short
    // sentence run into the text): those are its subsections.
    // Likewise lines of their own `第一，…` `第二，…` titled without a stop.
    if (!part.some((l) => levels.has(l))) {
      for (const pick of [(l: Line) => l.runIn, (l: Line) => l.ordinal]) {
        const series = numberedSeries(norm, part, pick)
        for (const l of series) {
          l.heading = pick(l)
          levels.set(l, 2)
        }
        if (series.length > 0) break
      }
    }
    // A lead heads the text after it: one followed straight by a numbered heading (`今年重点做好九个方面工作。` /
    // `（一）…`) introduces that list and is a paragraph.
    const candidates = part.filter((l, i) => l.lead && !levels.has(l) && i + 1 < part.length && !(part[i + 1] as Line).lead && !(part[i + 1] as Line).heading)
    // Long leads head parts only in a parallel series (`这一年，我们…` ×7, `聚焦…` ×8); a lone one, or several
    // that open differently, are paragraphs of one sentence.
    const opening = (l: Line): string => norm.slice(l.a, l.a + 2)
    const leads = candidates.filter(
      (l) => !l.lead?.major || candidates.some((o) => o !== l && o.lead?.major && opening(o) === opening(l)),
    )
    const numbered2 = part.some((l) => levels.get(l) === 2)
    // `1.…` points before the first （一） of a part that has them belong to no （一）: they are points of the part's
    // opening, not parts of it (一、2020年工作回顾 / 刚刚过去的2020年… / 1.…4. / 一年来，我们主要抓了以下工作： / （一）…).
    if (numbered2) {
      for (const l of part) {
        if (levels.get(l) === 2) break
        if (levels.get(l) === 3 && l.heading?.level === 3) levels.delete(l)
      }
    }
    const majors = leads.filter((l) => l.lead?.major).length
    // A short lead after a long one on the same line (`…新跨越。经济实力显著提升。`) is one of the short ones.
    const minors = leads.length - majors + leads.filter((l) => l.lead?.major && l.lead.secondStart > 0).length
    // Likewise the lead sentences before its first （一） (`——我们聚焦…，在…上展现更大作为。` ×5 / `（一）…`).
    const firstNumbered2 = numbered2 ? part.findIndex((l) => levels.get(l) === 2) : -1
    for (const l of leads) {
      if (numbered2 && part.indexOf(l) < firstNumbered2) continue
      const major = l.lead?.major === true
      // Short leads come in series too: a single one is an opening paragraph, not a heading.
      if (!major && minors < 2 && !numbered2) continue
      levels.set(l, numbered2 || (majors >= 2 && minors > 0 && !major) ? 3 : 2)
    }
    k = end
  }
  return { levels, bodyStart, annexStart }
}

/** How many run-in headings make a series: fewer are read as numbered paragraphs. */
const RUN_IN_SERIES_MIN = 3

/**
 * The headings of a part, picked from its lines (run-in `一、…。` or `第一，…` titles), that number 一、二、三… in turn,
 * from 一 (none when they are fewer than a series).
 */
function numberedSeries(norm: string, part: readonly Line[], pick: (l: Line) => HeadingMatch | null): Line[] {
  const series: Line[] = []
  for (const l of part) {
    const h = pick(l)
    if (!h) continue
    const digits = norm.slice(h.start, h.numberEnd - 1).replace(/^第/, '')
    if (chineseNumeralValue(digits) !== series.length + 1) return series.length >= RUN_IN_SERIES_MIN ? series : []
    series.push(l)
  }
  return series.length >= RUN_IN_SERIES_MIN ? series : []
}

export function buildSections(original: string, norm: string): SectionTree {
  const roots: Section[] = []
  const annexes: Section[] = []
  const flat: Section[] = []
  const stack: Section[] = []
  const glossaries: Section[] = []
  const counters = new Map<Section, number>()
  let title = ''
  let speakerLine: string | null = null
  let lastContentEnd = 0

  const lines = readLines(norm)
  const { levels, bodyStart, annexStart } = assignLevels(norm, lines)

  const closeTo = (level: number): void => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Section
      if (top.level < level) break
      top.end = Math.max(top.start, lastContentEnd)
      stack.pop()
    }
  }
  const addParagraph = (ps: number, pe: number): void => {
    const sec = stack[stack.length - 1]
    if (!sec) return
    const k = (counters.get(sec) ?? 0) + 1
    counters.set(sec, k)
    const p: Paragraph = { id: `${sec.id}-p${k}`, text: original.slice(ps, pe), start: ps, end: pe }
    const leadEnd = findLead(norm, ps, pe)
    if (leadEnd > 0) p.lead = original.slice(ps, leadEnd)
    sec.paragraphs.push(p)
  }
  const open = (level: number, number: string, titleText: string, start: number, end: number, inAnnex: boolean): Section => {
    closeTo(level)
    const parent = stack[stack.length - 1]
    const siblings = parent ? parent.children : inAnnex ? annexes : roots
    const id = parent ? `${parent.id}-${siblings.length + 1}` : inAnnex ? `a${siblings.length + 1}` : `s${siblings.length + 1}`
    const sec: Section = { id, number, title: titleText, level, start, end, paragraphs: [], children: [] }
    siblings.push(sec)
    flat.push(sec)
    stack.push(sec)
    lastContentEnd = end
    return sec
  }

  lines.forEach((l, k) => {
    const { a, b } = l
    if (k < bodyStart) {
      const line = norm.slice(a, Math.min(b, a + 200))
      if (isSpeakerLine(line)) {
        // A report pasted from its date line (`——2021年3月28日在…会议上`) has no title line: that line is no title.
        if (speakerLine === null && k <= 3) speakerLine = original.slice(a, b).trim()
        // 政府工作报告（2023年1月15日在…会议上 省长 某某）: the title and its date line on one line.
        const head = TITLE_BEFORE_DATE.exec(line) ?? TITLE_BEFORE_DASHED_DATE.exec(line)
        if (head && title === '' && k <= 3) title = collapseTitle(original.slice(a, a + (head[1] as string).length))
      } else if (k <= 3 && isTitleLine(norm, a, b) && !isHeadNoteLine(line)) {
        // The first line that reads as a title, unless a later head line names the report (`市十六届人大五次会议
        // 文件（三）` / `政府工作报告`); the speaker alone (`上海市市长 应勇`) is no title.
        const better = title === '' ? k === 0 || NAMES_REPORT.test(line) : !NAMES_REPORT.test(title) && NAMES_REPORT.test(line)
        // (原标题：政府工作报告, as a web page pasted whole prints it: the label of the page's field is no part of the title.)
        if (better) title = collapseTitle(original.slice(a, b)).replace(WEB_TITLE_FIELD, '')
      }
      return // salutation, speaker and preamble lines belong to no section
    }
    if (k >= annexStart) {
      // 附件2 / 名词解释: a bare annex number names its annex on the next line; that line opens no annex of its own.
      const bare = annexes[annexes.length - 1]
      const namesBare = bare !== undefined && bare.paragraphs.length === 0 && BARE_ANNEX.test(bare.title)
      if (l.annex && !namesBare) {
        closeTo(0)
        // (部分名词注释: — the colon that leads into the notes is no part of the annex's name.)
        const sec = open(1, '', original.slice(a, b).trim().replace(/[:：]$/u, ''), a, b, true)
        if (GLOSSARY_WORDS.test(collapseTitle(norm.slice(a, b)))) glossaries.push(sec)
      } else {
        const annex = annexes[annexes.length - 1]
        // (Before the first annex: the lines of a listing of the annexes, part of no section.)
        if (!annex) return
        if (annex.paragraphs.length === 0 && GLOSSARY_WORDS.test(collapseTitle(norm.slice(a, b))) && b - a <= 20) glossaries.push(annex)
        addParagraph(a, b)
        lastContentEnd = b
      }
      return
    }
    const level = levels.get(l)
    if (level === undefined) {
      addParagraph(a, b)
      lastContentEnd = b
      return
    }
    if (l.heading) {
      const h = l.heading
      let te = h.titleEnd
      while (te > h.titleStart && (norm[te - 1] === ' ' || norm[te - 1] === '。')) te--
      open(level, original.slice(h.start, h.numberEnd), original.slice(h.titleStart, te).trim(), h.start, b, false)
      if (h.bodyStart >= 0 && h.bodyStart < b) addParagraph(h.bodyStart, b)
      return
    }
    if (l.lead) {
      open(level, '', original.slice(a, l.lead.firstEnd).trim(), a, b, false)
      if (l.lead.secondStart > 0) {
        let te = b
        while (te > l.lead.secondStart && (norm[te - 1] === '。' || norm[te - 1] === '!')) te--
        open(level + 1, '', original.slice(l.lead.secondStart, te).trim(), l.lead.secondStart, b, false)
      }
      return
    }
    open(level, '', original.slice(a, partTitleEnd(l)).trim(), a, b, false)
    if (l.partRunIn) addParagraph(l.partRunIn.bodyStart, b)
  })
  closeTo(0)
  const firstAnnex = annexes[0]
  const bodyEnd = firstAnnex ? firstAnnex.start : norm.length
  const annexFigures = (offset: number): boolean => {
    const annex = [...annexes].reverse().find((s) => s.start <= offset)
    return annex !== undefined && !glossaries.includes(annex)
  }
  return { title, speakerLine, sections: roots, annexes, flat, bodyEnd, annexFigures }
}
