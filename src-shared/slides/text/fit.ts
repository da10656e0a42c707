/**
 * The one text-fitting rule. Every renderer (editor, show, thumbnails, PDF, and the PPTX export to come)
 * draws the lines and the size decided here, so a text breaks alike on screen and on paper:
 *
 * - A text block tries its sizes from the largest down to its floor; at each size it wraps to the box's
 *   width and fits when it needs no more than `maxLines` lines and no more height than the box has.
 *   A title thus wraps to two lines first, then steps down.
 * - What still does not fit at the floor is cut with “…” and flagged (`fits: false`): the editor warns,
 *   the PDF export reports it. Nothing is ever clipped silently.
 * - A list (bullets) keeps one size (the deck's body size) and reports how many of its items fit; the
 *   draft continues the rest on a new slide (`continuation.ts`).
 */
import { textWidth, type FontWeight } from './measure'
import { wrapText } from './wrap'

export const ELLIPSIS = '…'

export interface TextStyle {
  weight: FontWeight
  /** Line height in em. */
  lineHeight: number
}

export interface FitSpec extends TextStyle {
  width: number
  /** Sizes to try, largest first; the last is the floor. */
  sizes: readonly number[]
  /** At most this many lines (titles: 2). */
  maxLines?: number
  /** At most this much height. */
  height?: number
}

export interface FittedText {
  lines: string[]
  size: number
  /** Line height in px (or pt) at that size. */
  lineHeight: number
  /** False when even the floor size did not fit and the text was cut with “…”. */
  fits: boolean
}

/** The most lines a block allows at a size. */
function lineBudget(spec: FitSpec, size: number): number {
  const byHeight = spec.height === undefined ? Number.POSITIVE_INFINITY : Math.floor((spec.height + 0.01) / (size * spec.lineHeight))
  return Math.min(spec.maxLines ?? Number.POSITIVE_INFINITY, byHeight)
}

/** `line` shortened so that it ends in “…” within `width`. */
export function withEllipsis(line: string, size: number, width: number, weight: FontWeight): string {
  const chars = [...line.replace(/\s+$/u, '')]
  while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, size, weight) > width) chars.pop()
  return chars.join('') + ELLIPSIS
}

export function fitText(text: string, spec: FitSpec): FittedText {
  const sizes = spec.sizes.length > 0 ? spec.sizes : [16]
  for (const size of sizes) {
    const lines = wrapText(text, size, spec.width, spec.weight)
    if (lines.length <= lineBudget(spec, size)) return { lines, size, lineHeight: size * spec.lineHeight, fits: true }
  }
  const size = sizes[sizes.length - 1]!
  const budget = Math.max(1, lineBudget(spec, size))
  const lines = wrapText(text, size, spec.width, spec.weight).slice(0, budget)
  lines[budget - 1] = withEllipsis(lines[budget - 1] ?? '', size, spec.width, spec.weight)
  return { lines, size, lineHeight: size * spec.lineHeight, fits: false }
}

/** One line at the largest size that fits `width` (a KPI value, a table cell); cut with “…” at the floor. */
export function fitLine(text: string, spec: Omit<FitSpec, 'maxLines' | 'height'>): FittedText {
  return fitText(text.replace(/\n/g, ' '), { ...spec, maxLines: 1 })
}

export interface ListSpec extends TextStyle {
  width: number
  height: number
  /** The one size of the list. */
  size: number
  /** Space between items, in em. */
  gap: number
}

export interface FittedList {
  /** Each item's lines at the list's size. */
  items: string[][]
  size: number
  lineHeight: number
  /** How many items fit, from the first. */
  fitting: number
  fits: boolean
}

/** Height of a run of wrapped items: their lines, plus a gap between two items. */
export function listHeight(items: readonly (readonly string[])[], size: number, spec: Pick<ListSpec, 'lineHeight' | 'gap'>): number {
  const lines = items.reduce((n, l) => n + Math.max(1, l.length), 0)
  return lines * size * spec.lineHeight + Math.max(0, items.length - 1) * spec.gap * size
}

export function fitList(items: readonly string[], spec: ListSpec): FittedList {
  const wrapped = items.map((item) => {
    const lines = wrapText(item, spec.size, spec.width, spec.weight)
    return lines.length > 0 ? lines : ['']
  })
  let fitting = 0
  while (fitting < wrapped.length && listHeight(wrapped.slice(0, fitting + 1), spec.size, spec) <= spec.height + 0.01) fitting++
  return { items: wrapped, size: spec.size, lineHeight: spec.size * spec.lineHeight, fitting, fits: fitting === wrapped.length }
}
