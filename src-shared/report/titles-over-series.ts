import { isSpeakerLine } from './speaker-line'
import { END_PUNCT, SALUTATIONS } from './words/headings'

/** What the rule needs of a line of the report (see sections.ts). */
export interface SeriesLine {
  a: number
  b: number
  heading: { level: 1 | 2 | 3 | 4; start: number; numberEnd: number } | null
  annex: boolean
  /** Read as a part's title by its words (`2024年工作安排`, see sections.ts). */
  partTitle: boolean
}

/** A part title is a short line; longer ones are sentences even without end punctuation. */
const BARE_TITLE_MAX = 30
const BARE_TITLE_MIN = 4

/**
 * A report without `一、` parts whose parts are named by lines of their own, each over its own numbered series
 * (`2013年：攻坚克难、奋发进取` / `（一）…（六）` / `2014年：改革创新、稳中求进` / `（一）…`; `打赢收官战，全面建成小康社会胜利在望` /
 * `（一）…`; `“十二五”——创新创业的五年` / `1、…`): the series starting again at 一 (or 1) under a new line of that kind
 * shows the level above it. Those lines, after the address to the audience, are the report's parts; none when the
 * series never starts again under one, or no such line stands before the first series.
 */
export function titlesOverSeries(norm: string, lines: readonly SeriesLine[]): Set<SeriesLine> {
  const none = new Set<SeriesLine>()
  if (lines.some((l) => l.heading?.level === 1)) return none
  const address = lines.findIndex((l) => SALUTATIONS.test(norm.slice(l.a, l.a + 8)))
  if (address < 0) return none
  const top = Math.min(...lines.filter((l) => l.heading).map((l) => l.heading?.level ?? 4))
  // The lines before each series that starts at 一, gap by gap; the lines after the last series are left alone.
  const gaps: { bare: SeriesLine[]; named: boolean }[] = []
  let gap: { bare: SeriesLine[]; named: boolean } = { bare: [], named: false }
  let previousBare = false
  for (let k = address + 1; k < lines.length; k++) {
    const l = lines[k] as SeriesLine
    if (l.annex) break
    if (l.heading?.level === top && isFirst(norm, l)) {
      gaps.push(gap)
      gap = { bare: [], named: false }
    }
    const bare = !l.heading && isBareTitle(norm, l)
    // A title already read as a part's (`2024年工作安排`) names its gap; a line right under a title is its subtitle.
    if (l.partTitle) gap.named = true
    else if (bare && !previousBare) gap.bare.push(l)
    previousBare = bare || l.partTitle
  }
  const [first, ...restarts] = gaps
  const titled = (g: { bare: SeriesLine[]; named: boolean }) => !g.named && g.bare.length > 0
  // The first series under a title of either kind, and one starting again under a bare line.
  if (!first || !(titled(first) || first.named) || !restarts.some(titled)) return none
  return new Set(gaps.filter(titled).flatMap((g) => g.bare))
}

/** Is the heading numbered 一 or 1? */
function isFirst(norm: string, l: SeriesLine): boolean {
  const h = l.heading
  if (!h) return false
  const number = norm.slice(h.start, h.numberEnd).replace(/[()、.]/g, '')
  return number === '一' || number === '1'
}

/** A short line of its own, without end punctuation: not a sentence, an address or a date line. */
function isBareTitle(norm: string, l: SeriesLine): boolean {
  const line = norm.slice(l.a, l.b)
  if (line.length < BARE_TITLE_MIN || line.length > BARE_TITLE_MAX) return false
  if (END_PUNCT.has(line[line.length - 1] as string) || line.includes('。')) return false
  if (SALUTATIONS.test(line) || /^[(\[\-—*#=]/.test(line)) return false
  return !isSpeakerLine(line)
}
