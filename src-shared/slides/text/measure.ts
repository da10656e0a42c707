/**
 * How wide text is in the bundled Noto Sans SC, from the font's own advance widths and ASCII kerning
 * (font-metrics.ts, generated from the TTF). CJK ideographs and full-width forms are one em; the table
 * lists only the characters that are not. Pure, so the editor, the show and the PDF measure alike.
 */
import { NOTO_SANS_SC, type FontMetricsTable } from './font-metrics'

export type FontWeight = 'regular' | 'bold'

const TABLES: { readonly [W in FontWeight]: FontMetricsTable } = NOTO_SANS_SC

/** Height of the font's content area (ascent + descent) in em: where CSS and pdfkit centre a line. */
export const CONTENT_EM = (NOTO_SANS_SC.regular.ascent + NOTO_SANS_SC.regular.descent) / 1000
/** Ascent in em: the baseline's distance below the top of the content area. */
export const ASCENT_EM = NOTO_SANS_SC.regular.ascent / 1000

function isZeroWidth(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370) || cp === 0x200b || cp === 0x200d || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)
}

/** The advance of one character, in em. */
export function advanceEm(ch: string, weight: FontWeight = 'regular'): number {
  const listed = TABLES[weight].widths[ch]
  if (listed !== undefined) return listed / 1000
  return isZeroWidth(ch.codePointAt(0) ?? 0) ? 0 : 1
}

/** The width of a text at `size` px (or pt): advances plus kerning, as pdfkit and browsers lay it out. */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const table = TABLES[weight]
  let units = 0
  let prev = ''
  for (const ch of text) {
    const listed = table.widths[ch]
    units += listed !== undefined ? listed : isZeroWidth(ch.codePointAt(0) ?? 0) ? 0 : 1000
    if (prev) units += table.kerning[prev + ch] ?? 0
    prev = ch.length === 1 && ch.charCodeAt(0) < 0x7f ? ch : ''
  }
  return (units / 1000) * size
}

/** Where the baseline of a line of `size` sits in a line box `lineHeight` high, glyphs centred as CSS does. */
export function baselineIn(lineHeight: number, size: number): number {
  return (lineHeight - CONTENT_EM * size) / 2 + ASCENT_EM * size
}
