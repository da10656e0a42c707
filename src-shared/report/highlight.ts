import { normalizeForAnalysis } from './normalize'

/** A stretch of text to mark: a metric's quote, a search match. */
export interface MarkRange {
  start: number
  end: number
  /** What the mark belongs to, e.g. a metric id or `search:3`. */
  key: string
}

export interface TextSegment {
  start: number
  end: number
  text: string
  /** Keys of every range covering this segment; empty for plain text. */
  keys: string[]
}

export interface TextLine {
  start: number
  end: number
  segments: TextSegment[]
}

/**
 * Cuts `text` into lines (at \n) and each line into segments where the set of covering ranges changes,
 * so a view can draw overlapping marks (two metrics sharing one `分别` clause, a search match inside a
 * quote) without nesting. Runs in O(text + ranges log ranges).
 */
export function segmentText(text: string, ranges: readonly MarkRange[]): TextLine[] {
  const events: { at: number; key: string; open: boolean }[] = []
  for (const r of ranges) {
    const start = Math.max(0, Math.min(text.length, r.start))
    const end = Math.max(start, Math.min(text.length, r.end))
    if (end > start) events.push({ at: start, key: r.key, open: true }, { at: end, key: r.key, open: false })
  }
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open))

  const lines: TextLine[] = []
  const active = new Map<string, number>()
  let line: TextLine = { start: 0, end: 0, segments: [] }
  let cursor = 0
  let e = 0

  const emit = (to: number) => {
    // Emit text from cursor to `to`, breaking lines at \n.
    while (cursor < to) {
      const newline = text.indexOf('\n', cursor)
      const stop = newline === -1 || newline >= to ? to : newline
      if (stop > cursor) line.segments.push({ start: cursor, end: stop, text: text.slice(cursor, stop), keys: [...active.keys()] })
      if (stop === newline) {
        line.end = newline
        lines.push(line)
        line = { start: newline + 1, end: newline + 1, segments: [] }
        cursor = newline + 1
      } else {
        cursor = stop
      }
    }
  }

  while (e < events.length) {
    const at = events[e]!.at
    emit(at)
    while (e < events.length && events[e]!.at === at) {
      const ev = events[e++]!
      const count = active.get(ev.key) ?? 0
      if (ev.open) active.set(ev.key, count + 1)
      else if (count <= 1) active.delete(ev.key)
      else active.set(ev.key, count - 1)
    }
  }
  emit(text.length)
  line.end = text.length
  lines.push(line)
  return lines
}

/**
 * Every occurrence of `query` in `text`, matching full-width and half-width forms alike (“３．３％” finds
 * “3.3%”). Offsets point into the original text. At most `limit` matches.
 */
export function findAll(text: string, query: string, limit = 2000): { start: number; end: number }[] {
  const needle = asciiLower(normalizeForAnalysis(query).trim())
  if (!needle) return []
  const hay = asciiLower(normalizeForAnalysis(text))
  const found: { start: number; end: number }[] = []
  for (let at = hay.indexOf(needle); at !== -1 && found.length < limit; at = hay.indexOf(needle, at + needle.length)) {
    found.push({ start: at, end: at + needle.length })
  }
  return found
}

/** Lower-cases A–Z only, so the length, and every offset, stays the same. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
}
