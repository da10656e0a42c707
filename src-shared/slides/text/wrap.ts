/**
 * Where a text's lines end at a width: break opportunities from the Unicode line-breaking algorithm
 * (UAX #14, the `linebreak` package pdfkit uses; browsers follow the same rules), filled greedily with the
 * font's real widths. A word longer than the line is broken between characters, as CSS
 * `overflow-wrap: anywhere` does. Spaces at a line's end hang (take no room), as in CSS and pdfmake.
 */
import LineBreaker from 'linebreak'
import { textWidth, type FontWeight } from './measure'

/** Text between two break opportunities, with its trailing spaces. */
function segments(paragraph: string): string[] {
  const out: string[] = []
  const breaker = new LineBreaker(paragraph)
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) out.push(paragraph.slice(last, bk.position))
    last = bk.position
  }
  if (last < paragraph.length) out.push(paragraph.slice(last))
  return out
}

const visible = (s: string) => s.replace(/\s+$/u, '')

/** A segment wider than a whole line, split between characters into pieces that fit. */
function splitLong(segment: string, size: number, width: number, weight: FontWeight): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const ch of segment) {
    if (piece !== '' && textWidth(visible(piece + ch), size, weight) > width) {
      pieces.push(piece)
      piece = ch
    } else piece += ch
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/** The lines of one paragraph (no hard breaks inside). */
function wrapParagraph(paragraph: string, size: number, width: number, weight: FontWeight): string[] {
  if (paragraph === '') return ['']
  const lines: string[] = []
  let line = ''
  for (const segment of segments(paragraph)) {
    if (textWidth(visible(line + segment), size, weight) <= width) {
      line += segment
      continue
    }
    if (line !== '') lines.push(visible(line))
    if (textWidth(visible(segment), size, weight) <= width) {
      line = segment
      continue
    }
    const pieces = splitLong(segment, size, width, weight)
    lines.push(...pieces.slice(0, -1).map(visible))
    line = pieces.at(-1) ?? ''
  }
  lines.push(visible(line))
  return lines
}

/** The lines of `text` at `size` within `width`: hard line breaks kept, each paragraph wrapped. */
export function wrapText(text: string, size: number, width: number, weight: FontWeight = 'regular'): string[] {
  if (text === '') return []
  return text.split('\n').flatMap((p) => wrapParagraph(p, size, width, weight))
}
