/**
 * Markdown → plain lines: heading marks, quote marks, list bullets, rules, emphasis, links, images and code
 * spans go; the words stay. Lines stay lines, so offsets in the analysed text match what the user wrote.
 *
 * Linear in the input: every pass walks a line once, and each “where does the closing mark come next?” is
 * answered from a table built right to left in one sweep, never by scanning ahead again. (The regular
 * expressions this replaces rescanned the rest of the line at every `[`, so `[a](` × 40,000 took 5 s.)
 * A `meter`, when given, counts the steps, so tests can check the bound without a clock.
 */

export interface StepMeter {
  steps: number
}

const NONE = -1

/** next[i] = the smallest j ≥ i with line[j] === mark, or NONE. One sweep from the right. */
function nextIndex(line: string, mark: string, meter: StepMeter): Int32Array {
  const next = new Int32Array(line.length + 2).fill(NONE)
  for (let i = line.length - 1; i >= 0; i--) {
    next[i] = line[i] === mark ? i : (next[i + 1] as number)
  }
  meter.steps += line.length
  return next
}

/** The output of a pass: the line's unchanged stretches copied whole, each match replaced by its inner text. */
class Spans {
  private parts: string[] = []
  private from = 0
  constructor(private readonly line: string) {}
  /** Replaces line[start, end) by line[innerStart, innerEnd); returns end, where the scan goes on. */
  replace(start: number, end: number, innerStart: number, innerEnd: number): number {
    this.parts.push(this.line.slice(this.from, start), this.line.slice(innerStart, innerEnd))
    this.from = end
    return end
  }
  done(): string {
    if (this.parts.length === 0) return this.line
    this.parts.push(this.line.slice(this.from))
    return this.parts.join('')
  }
}

function at(table: Int32Array, i: number): number {
  return i < table.length ? (table[i] as number) : NONE
}

/** A construct found at some index: where it ends, and the stretch of it that stays. */
interface Found {
  end: number
  keepFrom: number
  keepTo: number
}

/** Looks for a construct starting at `i`; `next(mark, from)` is the first index ≥ from holding `mark`. */
type Finder = (line: string, i: number, next: (mark: string, from: number) => number) => Found | null

/** One pass left to right: each construct `find` finds is replaced by the part of it that stays. */
function pass(line: string, marks: string, meter: StepMeter, find: Finder): string {
  const tables = new Map<string, Int32Array>()
  for (const mark of marks) tables.set(mark, nextIndex(line, mark, meter))
  const next = (mark: string, from: number) => at(tables.get(mark) as Int32Array, from)
  const out = new Spans(line)
  let i = 0
  while (i < line.length) {
    meter.steps++
    const found = find(line, i, next)
    if (found) i = out.replace(i, found.end, found.keepFrom, found.keepTo)
    else i++
  }
  return out.done()
}

/**
 * `![alt](url)` → alt (image = true), or `[text](url)` → text with text not empty: the first `]` closes the
 * text and the first `)` after `](` closes the target, as the old expressions had it.
 */
function stripBrackets(line: string, image: boolean, meter: StepMeter): string {
  if (line.indexOf(image ? '![' : '[') < 0) return line
  return pass(line, '])', meter, (l, i, next) => {
    const open = image ? i + 1 : i
    if (l[open] !== '[' || (image && l[i] !== '!')) return null
    const j = next(']', open + 1)
    if (j === NONE || (!image && j === open + 1) || l[j + 1] !== '(') return null
    const k = next(')', j + 2)
    return k === NONE ? null : { end: k + 1, keepFrom: open + 1, keepTo: j }
  })
}

/** `**x**`, `__x__`, `~~x~~` (x without the mark's character): the pair goes, x stays. */
function stripPairs(line: string, mark: '*' | '_' | '~', meter: StepMeter): string {
  if (line.indexOf(mark + mark) < 0) return line
  return pass(line, mark, meter, (l, i, next) => {
    if (l[i] !== mark || l[i + 1] !== mark) return null
    const j = next(mark, i + 2)
    return j > i + 2 && l[j + 1] === mark ? { end: j + 2, keepFrom: i + 2, keepTo: j } : null
  })
}

const WORD = /[A-Za-z0-9_]/

/** `*x*` after a line start or a character that is neither `*` nor a word character, not followed by `*`. */
function stripSingleStars(line: string, meter: StepMeter): string {
  if (line.indexOf('*') < 0) return line
  return pass(line, '*', meter, (l, i, next) => {
    if (l[i] !== '*') return null
    const before = l[i - 1]
    if (before !== undefined && (before === '*' || WORD.test(before))) return null
    const j = next('*', i + 1)
    return j > i + 1 && l[j + 1] !== '*' ? { end: j + 1, keepFrom: i + 1, keepTo: j } : null
  })
}

/** `` `code` `` → code. */
function stripCode(line: string, meter: StepMeter): string {
  if (line.indexOf('`') < 0) return line
  return pass(line, '`', meter, (l, i, next) => {
    if (l[i] !== '`') return null
    const j = next('`', i + 1)
    return j > i + 1 ? { end: j + 1, keepFrom: i + 1, keepTo: j } : null
  })
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\r' || c === '\u00a0' || c === '\u3000'
}

/** Up to three leading spaces, as Markdown allows before a block mark. */
function indentOf(line: string): number {
  let i = 0
  while (i < 3 && line[i] === ' ') i++
  return i
}

/** `---`, `***`, `___` (spaces allowed between): a thematic break, which becomes an empty line. */
function isRule(line: string, meter: StepMeter): boolean {
  let i = indentOf(line)
  const mark = line[i]
  if (mark !== '-' && mark !== '*' && mark !== '_') return false
  let count = 0
  for (; i < line.length; i++) {
    meter.steps++
    const c = line[i]
    if (c === mark) count++
    else if (!isSpace(c)) return false
  }
  return count >= 3
}

/** Block marks at the start of a line: `# ` headings (and their closing #s), `> ` quotes, `- ` bullets. */
function stripBlockMarks(line: string, meter: StepMeter): string {
  let s = line
  let i = indentOf(s)
  let hashes = 0
  while (s[i + hashes] === '#' && hashes < 7) hashes++
  if (hashes >= 1 && hashes <= 6 && (i + hashes === s.length || isSpace(s[i + hashes]))) {
    let k = i + hashes
    while (k < s.length && isSpace(s[k])) k++
    s = stripClosingHashes(s.slice(k), meter)
  }
  i = indentOf(s)
  if (s[i] === '>') s = s.slice(isSpace(s[i + 1]) ? i + 2 : i + 1)
  i = indentOf(s)
  const bullet = s[i]
  if ((bullet === '-' || bullet === '*' || bullet === '+') && isSpace(s[i + 1])) {
    let k = i + 1
    while (k < s.length && isSpace(s[k])) k++
    s = s.slice(k)
  }
  return s
}

/** “Title ##” → “Title”: closing #s preceded by a space go, with the spaces around them. */
function stripClosingHashes(s: string, meter: StepMeter): string {
  let end = s.length
  while (end > 0 && isSpace(s[end - 1])) end--
  let k = end
  while (k > 0 && s[k - 1] === '#') k--
  if (k === end || k === 0 || !isSpace(s[k - 1])) return s
  while (k > 0 && isSpace(s[k - 1])) k--
  return s.slice(0, k)
}

function stripLine(line: string, meter: StepMeter): string {
  // Block marks look at the line's two ends only: at most one walk over it.
  meter.steps += 1 + line.length
  if (isRule(line, meter)) return ''
  let s = stripBlockMarks(line, meter)
  s = stripBrackets(s, true, meter)
  s = stripBrackets(s, false, meter)
  s = stripPairs(s, '*', meter)
  s = stripPairs(s, '_', meter)
  s = stripPairs(s, '~', meter)
  s = stripSingleStars(s, meter)
  s = stripCode(s, meter)
  return s
}

export function stripMarkdown(md: string, meter: StepMeter = { steps: 0 }): string {
  const lines = md.split('\n')
  const front = frontMatterEnd(lines)
  // The front matter's and comments' lines become empty lines, so the offsets of everything after them stay put.
  let inComment = false
  return lines
    .map((line, k) => {
      if (k < front) return ''
      const t = line.trim()
      if (inComment || t.startsWith('<!--')) {
        inComment = !t.endsWith('-->')
        return ''
      }
      return stripLine(line, meter)
    })
    .join('\n')
}

/**
 * How many lines a YAML front matter block takes at the top of the file (`---`, `title: …`, `source: …`,
 * `---`), as sites and note tools write it; 0 when there is none. Its keys are no part of the report.
 */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0
  for (let k = 1; k < Math.min(lines.length, 60); k++) {
    const line = (lines[k] as string).trim()
    if (line === '---' || line === '...') return k + 1
    if (line !== '' && !/^[A-Za-z_][\w-]*:/.test(line) && !/^(?:-\s|#)/.test(line) && !/^\s/.test(lines[k] as string)) return 0
  }
  return 0
}
