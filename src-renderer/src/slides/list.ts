import { SLIDE_TYPE } from '@shared/slides/theme'

/** A copy of a list with item `i` replaced. */
export function replaceAt<T>(items: readonly T[], i: number, value: T): T[] {
  const copy = [...items]
  copy[i] = value
  return copy
}

/**
 * The font size for a list of lines in the body area: the theme's bullet size, one step down for long
 * or many lines; never below the 28 px floor that reads from the back of a room.
 */
export function listFontSize(lines: readonly string[]): number {
  const chars = lines.reduce((n, l) => n + [...l].length, 0)
  if (lines.length <= 4 && chars <= 120) return SLIDE_TYPE.bullet + 6
  if (lines.length <= 5 && chars <= 150) return SLIDE_TYPE.bullet
  if (lines.length <= 7 && chars <= 260) return SLIDE_TYPE.body - 4
  return SLIDE_TYPE.small
}
