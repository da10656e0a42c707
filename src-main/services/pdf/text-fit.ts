/**
 * Text measurement good enough to keep text inside its box: Noto Sans SC draws every CJK character and
 * full-width punctuation one em wide; Latin letters and digits are narrower. Estimates err on the wide
 * side, and wrapping leaves a little slack, so pdfmake's real line breaks never need more lines than
 * counted here.
 */

/** Line height of Noto Sans SC as pdfmake lays it out (ascender − descender), in em, at lineHeight 1. */
export const FONT_LINE_EM = 1.448

function isWide(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2010 && cp <= 0x206f) || // dashes, quotes “”, ellipsis: full width in a CJK font
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
}

/** Advance of one character in em. */
export function charEm(ch: string, bold = false): number {
  const cp = ch.codePointAt(0) ?? 0
  if (isWide(cp)) return 1
  let w: number
  if (ch === ' ') w = 0.25
  else if (/[0-9]/.test(ch)) w = 0.58
  else if (/[A-Z]/.test(ch)) w = 0.68
  else if (/[a-z]/.test(ch)) w = 0.56
  else if (/[.,:;!'|]/.test(ch)) w = 0.3
  else w = 0.62
  return bold ? w * 1.04 : w
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charEm(ch, bold)
  return em * size
}

/** How many lines `text` needs at `size` within `width` (greedy wrap, 6% slack). */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  const limit = width * 0.94
  let lines = 0
  for (const para of text.split('\n')) {
    let line = 0
    let n = 1
    for (const ch of para) {
      const w = charEm(ch, bold) * size
      if (line + w > limit && line > 0) {
        n++
        line = w
      } else line += w
    }
    lines += n
  }
  return lines
}

/** `text` cut to fit one line of `width`, with “…” when cut. */
export function truncateToWidth(text: string, size: number, width: number, bold = false): string {
  const limit = width * 0.97
  if (textWidth(text, size, bold) <= limit) return text
  const ell = charEm('…') * size
  let out = ''
  let w = 0
  for (const ch of text) {
    const cw = charEm(ch, bold) * size
    if (w + cw + ell > limit) break
    out += ch
    w += cw
  }
  return `${out}…`
}

/** `text` cut to at most `maxLines` lines of `width`, with “…” when cut. */
export function truncateToLines(text: string, size: number, width: number, maxLines: number, bold = false): string {
  if (lineCount(text, size, width, bold) <= maxLines) return text
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineCount(`${chars.slice(0, mid).join('')}…`, size, width, bold) <= maxLines) lo = mid
    else hi = mid - 1
  }
  return `${chars.slice(0, lo).join('')}…`
}

export interface ParagraphFit {
  size: number
  /** The paragraphs as drawn: all of them, or cut with “…” when even the smallest size overflows. */
  paragraphs: string[]
  truncated: boolean
}

/**
 * The largest size from `sizes` (largest first) at which the paragraphs fit `height`: each paragraph
 * takes lines × size × lineEm, plus `gapEm` × size between paragraphs. At the last size, what does not fit is cut.
 */
export function fitParagraphs(
  paragraphs: readonly string[],
  opts: { width: number; height: number; sizes: readonly number[]; lineEm: number; gapEm: number; bold?: boolean },
): ParagraphFit {
  const heightAt = (paras: readonly string[], size: number) =>
    paras.reduce((h, p) => h + lineCount(p, size, opts.width, opts.bold) * size * opts.lineEm, 0) + Math.max(0, paras.length - 1) * opts.gapEm * size
  for (const size of opts.sizes) {
    if (heightAt(paragraphs, size) <= opts.height) return { size, paragraphs: [...paragraphs], truncated: false }
  }
  const size = opts.sizes[opts.sizes.length - 1] ?? 12
  const out: string[] = []
  let used = 0
  for (const p of paragraphs) {
    const gap = out.length > 0 ? opts.gapEm * size : 0
    const h = lineCount(p, size, opts.width, opts.bold) * size * opts.lineEm
    if (used + gap + h <= opts.height) {
      out.push(p)
      used += gap + h
      continue
    }
    const lines = Math.floor((opts.height - used - gap) / (size * opts.lineEm))
    if (lines >= 1) out.push(truncateToLines(p, size, opts.width, lines, opts.bold))
    else if (out.length > 0) out[out.length - 1] = `${out[out.length - 1]!.replace(/…$/, '')}…`
    break
  }
  return { size, paragraphs: out, truncated: true }
}
