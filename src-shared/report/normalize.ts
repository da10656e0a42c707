/**
 * Length-preserving normalisation for analysis.
 *
 * Every UTF-16 code unit of the input maps to exactly one code unit of the output, so an offset into the
 * normalised text is the same offset into the original text. Analysis runs on the normalised text; quotes
 * are always sliced from the original.
 *
 * - full-width ASCII (U+FF01–U+FF5E: digits, letters, ％．，：（）…) → half-width, and the ratio sign ∶ → :
 * - U+3000 and other spaces (NBSP, en/em spaces, tabs…) → ' '
 * - '\r' → '\n'
 * - a year spaced from its 年 (`2015 年`) → `2015年 `
 */
export function normalizeForAnalysis(text: string): string {
  let out = ''
  let runStart = 0
  const n = text.length
  // Build in chunks: copy unchanged runs with slice, replace single code units.
  const parts: string[] = []
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const m = mapCode(c)
    if (m !== c) {
      if (i > runStart) parts.push(text.slice(runStart, i))
      parts.push(String.fromCharCode(m))
      runStart = i + 1
      if (parts.length > 4096) {
        out += parts.join('')
        parts.length = 0
      }
    }
  }
  if (runStart < n) parts.push(text.slice(runStart))
  out += parts.join('')
  return out.includes(' 年') ? out.replace(SPACED_YEAR, '$1年 ') : out
}

/**
 * `2015 年`, as texts converted from PDF space a year out: read as `2015年 ` (the space moved after 年, so the
 * length and every offset stay), a year like any other.
 */
const SPACED_YEAR = /(?<![\d.])(19[4-9]\d|20\d\d|2100) 年/g

/** The half-width / plain counterpart of one UTF-16 code unit (itself when unchanged). */
export function mapCode(c: number): number {
  if (c < 0x80) {
    if (c === 0x0d) return 0x0a // \r → \n
    if (c === 0x09 || c === 0x0b || c === 0x0c) return 0x20
    return c
  }
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0
  if (c === 0x2236) return 0x3a // ∶ (ratio) → :, as ： is
  if (c === 0x3000 || c === 0x00a0 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff) return 0x20
  if (c >= 0x2000 && c <= 0x200b) return 0x20
  if (c === 0x2028 || c === 0x2029 || c === 0x0085) return 0x0a
  return c
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** CJK unified ideographs (basic + extension A), as used in running Chinese text. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}
