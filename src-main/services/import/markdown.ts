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

/**
 * `![alt](url)` → alt (image = true), or `[text](url)` → text with text not empty: the first `]` closes the
 * text and the first `)` after `](` closes the target, as the old expressions had it.
 */
function stripBrackets(line: string, image: boolean, meter: StepMeter): string {
  if (line.indexOf(image ? '![' : '[') < 0) return line
  const close = nextIndex(line, ']', meter)
  const paren = nextIndex(line, ')', meter)
  const out = new Spans(line)
  let i = 0
  while (i < line.length) {
    meter.steps++
    const open = image ? i + 1 : i
    if (line[open] === '[' && (!image || line[i] === '!')) {
      const j = at(close, open + 1)
      if (j !== NONE && (image || j > open + 1) && line[j + 1] === '(') {
        const k = at(paren, j + 2)
        if (k !== NONE) {
          i = out.replace(i, k + 1, open + 1, j)
          continue
        }
      }
    }
    i++
  }
  return out.done()
}

/** `**x**`, `__x__`, `~~x~~` (x without the mark's character): the pair goes, x stays. */
function stripPairs(line: string, mark: '*' | '_' | '~', meter: StepMeter): string {
  const double = mark + mark
  if (line.indexOf(double) < 0) return line
  const next = nextIndex(line, mark, meter)
  const out = new Spans(line)
  let i = 0
  while (i < line.length) {
    meter.steps++
    if (line[i] === mark && line[i + 1] === mark) {
      const j = at(next, i + 2)
      if (j > i + 2 && line[j + 1] === mark) {
        i = out.replace(i, j + 2, i + 2, j)
        continue
      }
    }
    i++
  }
  return out.done()
}

const WORD = /[A-Za-z0-9_]/

/** `*x*` after a line start or a character that is neither `*` nor a word character, not followed by `*`. */
function stripSingleStars(line: string, meter: StepMeter): string {
  if (line.indexOf('*') < 0) return line
  const next = nextIndex(line, '*', meter)
  const out = new Spans(line)
  let i = 0
  while (i < line.length) {
    meter.steps++
    if (line[i] === '*') {
      const before = i === 0 ? '' : (line[i - 1] as string)
      const j = at(next, i + 1)
      if ((before === '' || (before !== '*' && !WORD.test(before))) && j > i + 1 && line[j + 1] !== '*') {
        i = out.replace(i, j + 1, i + 1, j)
        continue
      }
    }
    i++
  }
  return out.done()
}

/** `` `code` `` → code. */
function stripCode(line: string, meter: StepMeter): string {
  if (line.indexOf('`') < 0) return line
  const next = nextIndex(line, '`', meter)
  const out = new Spans(line)
  let i = 0
  while (i < line.length) {
    meter.steps++
    if (line[i] === '`') {
      const j = at(next, i + 1)
      if (j > i + 1) {
        i = out.replace(i, j + 1, i + 1, j)
        continue
      }
    }
    i++
  }
  return out.done()
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
  return md
    .split('\n')
    .map((line) => stripLine(line, meter))
    .join('\n')
}
