import type { Paragraph, Section } from '../schemas/report'

/**
 * Section tree of a government work report.
 *
 * Heading levels, each at the start of a line:
 *   1  `一、`             a short line on its own
 *   2  `（一）` / `(一)`   the heading runs to the first `。`; the rest of the line is body
 *   3  `1.` `1．` `1、`    likewise
 *   4  `（1）` / `(1)`     likewise
 * Numbers inside sentences and enumerations (`一是…二是…`) are never headings.
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
  /** All sections in document (pre-)order. */
  flat: Section[]
}

const CN_NUMERALS = '一二三四五六七八九十'
const L1_MAX_LINE = 40
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
    if (b - a > L1_MAX_LINE) return null
    let titleEnd = b
    for (let k = numberEnd; k < b; k++) {
      const ch = norm[k]
      if (ch === '。' || ch === ',') {
        // A sentence, not a title — unless the stop is the last character.
        if (ch === '。' && k === b - 1) {
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

/** `政 府 工 作 报 告` → `政府工作报告`; other runs of spaces → one space. */
export function collapseTitle(s: string): string {
  let out = ''
  const t = s.trim()
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string
    if (ch === ' ' || ch === '\u3000' || ch === '\t') {
      const prev = out[out.length - 1]
      let j = i
      while (j < t.length && (t[j] === ' ' || t[j] === '\u3000' || t[j] === '\t')) j++
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

function isSpeakerLine(line: string): boolean {
  return /^(—|-|─|_){1,3}/.test(line) || /在.{0,40}(会议|大会)上/.test(line.slice(0, 80))
}

interface Open {
  section: Section
}

export function buildSections(original: string, norm: string): SectionTree {
  const roots: Section[] = []
  const flat: Section[] = []
  const stack: Open[] = []
  let title = ''
  let speakerLine: string | null = null
  let seenHeading = false
  let seenTitle = false
  let lastContentEnd = 0
  const counters = new Map<Section, number>()

  const closeTo = (level: number): void => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Open
      if (top.section.level < level) break
      top.section.end = Math.max(top.section.start, lastContentEnd)
      stack.pop()
    }
  }

  const addParagraph = (ps: number, pe: number): void => {
    const top = stack[stack.length - 1]
    if (!top) return
    const sec = top.section
    const k = (counters.get(sec) ?? 0) + 1
    counters.set(sec, k)
    const p: Paragraph = { id: `${sec.id}-p${k}`, text: original.slice(ps, pe), start: ps, end: pe }
    const leadEnd = findLead(norm, ps, pe)
    if (leadEnd > 0) p.lead = original.slice(ps, leadEnd)
    sec.paragraphs.push(p)
  }

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
      const h = matchHeading(norm, a, b)
      if (h) {
        seenHeading = true
        closeTo(h.level)
        const parent = stack[stack.length - 1]?.section
        const siblings = parent ? parent.children : roots
        const id = parent ? `${parent.id}-${siblings.length + 1}` : `s${siblings.length + 1}`
        let te = h.titleEnd
        while (te > h.titleStart && (norm[te - 1] === ' ' || norm[te - 1] === '。')) te--
        const sec: Section = {
          id,
          number: original.slice(h.start, h.numberEnd),
          title: original.slice(h.titleStart, te).trim(),
          level: h.level,
          start: h.start,
          end: b,
          paragraphs: [],
          children: [],
        }
        siblings.push(sec)
        flat.push(sec)
        stack.push({ section: sec })
        lastContentEnd = b
        if (h.bodyStart >= 0 && h.bodyStart < b) addParagraph(h.bodyStart, b)
      } else if (!seenHeading) {
        const line = norm.slice(a, Math.min(b, a + 200))
        if (!seenTitle) {
          seenTitle = true
          if (b - a <= 60 && !line.includes('。')) {
            title = collapseTitle(original.slice(a, b))
          }
        } else if (speakerLine === null && isSpeakerLine(line)) {
          speakerLine = original.slice(a, b).trim()
        }
        // Salutation, speaker and preamble lines belong to no section.
      } else {
        addParagraph(a, b)
        lastContentEnd = b
      }
    }
    if (le >= n) break
    ls = le + 1
  }
  closeTo(0)
  return { title, speakerLine, sections: roots, flat }
}
