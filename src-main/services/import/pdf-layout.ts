/**
 * A PDF's text layer → the report's lines and paragraphs. A PDF has no paragraphs, only runs of text placed
 * on pages; this rebuilds what the author typed from where the runs sit:
 *
 * 1. Lines: runs on one baseline, left to right. Chinese joins without spaces; a gap between Latin words
 *    becomes one space; spaces beside Chinese, which layout puts there, go (“增长 3.3%” → “增长3.3%”).
 * 2. Running heads and feet: page numbers (“— 3 —”, “- 3 -”, “第3页”, “3/12”) at the top or bottom of a page,
 *    and any line that repeats at the same height on many pages (a title, a date, an office's name), go.
 * 3. Paragraphs: a line joins the one before unless the paragraph ends there — the next line is indented,
 *    the line stops short of the right margin, the type size changes, or a gap opens between the lines.
 *    A paragraph runs on across a page break when the page ends on a full line.
 *
 * Pure: positions in, text out. pdf.ts reads the runs with pdf.js.
 */

/** One run of text as the PDF places it: baseline origin (x, y from the page's bottom), advance width, size. */
export interface TextRun {
  text: string
  x: number
  y: number
  width: number
  size: number
}

export interface PdfPageText {
  width: number
  height: number
  runs: TextRun[]
}

interface Line {
  text: string
  x: number
  end: number
  /** Baseline, measured down from the top of the page. */
  top: number
  size: number
  page: number
}

const LATIN_END = /[A-Za-z,.;:!?)]$/
const LATIN_START = /^[A-Za-z(]/

function isCjk(c: string | undefined): boolean {
  return c !== undefined && CJK.test(c)
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number
}

/** The value most lines share, to within `tolerance`: the left margin among line starts. */
function mode(values: number[], tolerance: number): number {
  let best = values[0] ?? 0
  let bestCount = 0
  const sorted = [...values].sort((a, b) => a - b)
  let lo = 0
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] as number) - (sorted[lo] as number) > tolerance) lo++
    if (hi - lo + 1 > bestCount) {
      bestCount = hi - lo + 1
      best = sorted[lo] as number
    }
  }
  return best
}

/** Chinese characters and the punctuation Chinese text uses, as a regular-expression class body. */
const CJK_CLASS = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2014\\u2026\\u00b7\\u201c\\u201d\\u2018\\u2019'
const CJK = new RegExp(`[${CJK_CLASS}]`)
/** Spaces with Chinese on either side. */
const BESIDE_CJK = new RegExp(` +(?=[${CJK_CLASS}])|(?<=[${CJK_CLASS}]) +`, 'g')

/**
 * Spaces beside Chinese characters are layout's, not the author's: pdf.js turns the gaps of justified or
 * letter-spaced lines into spaces (“人 次 ,”), and layout engines set a gap between Chinese and digits
 * (“增长 3.3%”). Chinese text does not separate words, so all of them go; spaces between Latin words stay.
 */
function dropLayoutSpaces(text: string): string {
  return text.replace(BESIDE_CJK, '')
}

/** Runs of one page → its lines, top to bottom. */
function pageLines(page: PdfPageText, index: number): Line[] {
  const runs = page.runs.filter((r) => r.text.length > 0 && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: TextRun[][] = []
  for (const run of runs) {
    const group = groups[groups.length - 1]
    const first = group?.[0]
    if (group && first && Math.abs(first.y - run.y) <= 0.45 * Math.min(first.size, run.size)) group.push(run)
    else groups.push([run])
  }
  const lines: Line[] = []
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x)
    let text = ''
    let prevEnd: number | null = null
    let size = 0
    let longest = -1
    for (const run of group) {
      const gap = prevEnd === null ? 0 : run.x - prevEnd
      const last = text[text.length - 1]
      const next = run.text[0]
      if (prevEnd !== null && gap > 0.2 * run.size && last !== ' ' && next !== ' ' && !(isCjk(last) && isCjk(next))) text += ' '
      text += run.text
      prevEnd = Math.max(prevEnd ?? -Infinity, run.x + run.width)
      if (run.text.trim().length > longest) {
        longest = run.text.trim().length
        size = run.size
      }
    }
    const trimmed = dropLayoutSpaces(text.replace(/\s+/g, ' ').trim())
    if (trimmed === '') continue
    const visible = group.filter((r) => r.text.trim() !== '')
    const x = Math.min(...visible.map((r) => r.x))
    const end = Math.max(...visible.map((r) => r.x + r.width))
    lines.push({ text: trimmed, x, end, top: page.height - (group[0] as TextRun).y, size, page: index })
  }
  return lines
}

const DASH = '\\-\u2010-\u2015\u2212\u2500\uff0d~·•'
const PAGE_NUMBER = [
  new RegExp(`^[${DASH}\\s]*\\d{1,4}[${DASH}\\s]*$`), // 3, — 3 —, - 3 -, ·3·
  /^第\d{1,4}页(?:[，,/／\s]*共\d{1,4}页)?$/, // 第3页, 第3页 共12页
  /^共\d{1,4}页[，,\s]*第\d{1,4}页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/12
  /^(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
]

function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim()
  return PAGE_NUMBER.some((re) => re.test(t))
}

/** How many lines at each end of a page can be running heads or feet. */
const EDGE = 3

/**
 * Drops running heads and feet. A line counts when it sits among the first or last EDGE lines of its page and
 * is a page number, or when its text (digits aside) recurs at the same height on at least two pages and on at
 * least a third of them.
 */
function dropRunning(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '')
  const edges = pages.map((lines) => new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)]))
  const byKey = new Map<string, Line[]>()
  pages.forEach((_, p) => {
    for (const line of edges[p] as Set<Line>) {
      const list = byKey.get(key(line)) ?? []
      list.push(line)
      byKey.set(key(line), list)
    }
  })
  const running = new Set<Line>()
  const needed = Math.max(2, Math.ceil(pages.length / 3))
  for (const list of byKey.values()) {
    const pagesSeen = new Set(list.map((l) => l.page))
    if (pagesSeen.size < needed) continue
    // The same height to within a point or two: the body's own lines never line up like that page after page.
    const at = mode(
      list.map((l) => l.top),
      2,
    )
    const same = list.filter((l) => Math.abs(l.top - at) <= 2)
    if (new Set(same.map((l) => l.page)).size >= needed) same.forEach((l) => running.add(l))
  }
  return pages.map((lines, p) => lines.filter((l) => !running.has(l) && !((edges[p] as Set<Line>).has(l) && isPageNumber(l.text))))
}

interface Frame {
  left: number
  right: number
}

/** Left margin and right edge of the body text, for odd and even pages apart (mirrored margins). */
function frames(pages: Line[][]): [Frame, Frame] {
  const frameOf = (lines: Line[]): Frame => ({
    left: mode(
      lines.map((l) => l.x),
      1.5,
    ),
    right: percentile(
      lines.map((l) => l.end),
      0.95,
    ),
  })
  const all = pages.flat()
  const even = pages.filter((_, i) => i % 2 === 0).flat()
  const odd = pages.filter((_, i) => i % 2 === 1).flat()
  const whole = frameOf(all)
  return [even.length >= 10 ? frameOf(even) : whole, odd.length >= 10 ? frameOf(odd) : whole]
}

const SENTENCE_END = /[。！？；：!?;:”’」』）)]$/

/** What the document's body text looks like: its frames, its type size, its line spacing per point of size. */
interface Body {
  even: Frame
  odd: Frame
  bodySize: number
  /** Baseline to baseline, divided by the type size, between the lines of one paragraph. */
  spacing: number
}

function measure(pages: Line[][]): Body {
  const [even, odd] = frames(pages)
  const flat = pages.flat()
  const sizes = flat.flatMap((l) => Array.from({ length: Math.min(l.text.length, 200) }, () => l.size))
  const bodySize = mode(sizes, 0.25)
  // Baseline to baseline within the body text. The usual distance is a low quantile: gaps between
  // paragraphs may be most of the distances.
  const ratios: number[] = []
  for (let i = 1; i < flat.length; i++) {
    const a = flat[i - 1] as Line
    const b = flat[i] as Line
    if (a.page === b.page && Math.abs(a.size - bodySize) < 0.5 && Math.abs(b.size - bodySize) < 0.5 && b.top > a.top) ratios.push((b.top - a.top) / a.size)
  }
  return { even, odd, bodySize, spacing: percentile(ratios, 0.25) }
}

/**
 * How wide, in ems, the start of a line is that could not have gone on the line before: a number with what
 * clings to it (“38.9%、64%、19.6%”, “13697.5” — some layout engines keep such a list together), a Latin
 * word (“CPI”), an opening quote or bracket with the character after it (“《海”), a character with the
 * punctuation after it (“元。”).
 */
function leadWidth(text: string): number {
  const run = /^[0-9A-Za-z.%‰+\-/]+(?:[、，,．][0-9A-Za-z.%‰+\-/]+)*[、，。；：）,.;:)]?/.exec(text)
  if (run) {
    const wide = (run[0].match(/[、，。；：）．]/g) ?? []).length
    return (run[0].length - wide) * 0.6 + wide + 0.5
  }
  if (/^[“‘（《「『【〔(]/.test(text)) return 2
  return /^.[，。、；：！？）”’》」』,.;:!?)]/.test(text) ? 2 : 1
}

/** Does the paragraph end after `line`, given the line that follows? */
function endsParagraph(line: Line, next: Line, body: Body): boolean {
  const frame = line.page % 2 === 0 ? body.even : body.odd
  const nextFrame = next.page % 2 === 0 ? body.even : body.odd
  const size = Math.max(line.size, next.size)
  if (Math.abs(line.size - next.size) > 0.12 * size) return true
  const room = (frame.right - line.end) / line.size
  // A title larger than the text that filled its line wrapped: its next line goes on, centred or not.
  const wrappedTitle = line.size > 1.15 * body.bodySize && room < 2 && next.page === line.page
  if (next.x > nextFrame.left + 0.8 * next.size && !wrappedTitle) return true
  // Room left for what starts the next line means the line ended there on purpose. A sentence may end a
  // paragraph with less room to spare than a clause.
  if (room > leadWidth(next.text) + (SENTENCE_END.test(line.text) ? 0.5 : 3)) return true
  if (next.page === line.page && body.spacing > 0 && next.top - line.top > 1.15 * body.spacing * line.size) return true
  return false
}

function joinLines(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b
}

/** The text of a PDF's pages, one paragraph a line. */
export function layoutText(pages: PdfPageText[]): string {
  const lines = dropRunning(pages.map(pageLines))
  const body = measure(lines)
  const flat = lines.flat()
  const paragraphs: string[] = []
  let current = ''
  flat.forEach((line, i) => {
    current = current === '' ? line.text : joinLines(current, line.text)
    const next = flat[i + 1]
    if (!next || endsParagraph(line, next, body)) {
      paragraphs.push(current)
      current = ''
    }
  })
  return paragraphs.join('\n')
}
