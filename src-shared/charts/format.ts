/**
 * How a figure is written on a slide: KPI cards, tables, chart labels all use these, so a number reads the
 * same everywhere (“超50%”, “5.5%以上”, “约3万人”, “-11.6%”).
 */

/** Qualifiers written before the number. */
const PREFIX_QUALIFIERS = new Set(['超', '超过', '突破', '近', '约', '年均'])
/** Qualifiers written after the unit (`5.5%以上`, `4%以内`). */
const SUFFIX_QUALIFIERS = new Set(['以上', '左右', '以内', '以下'])
/** Magnitude characters that a “多” follows: “3万多人”, “1亿多元”. */
const MAGNITUDES = ['万亿', '万', '亿', '千', '百']

/**
 * The number as written: integers without decimals, decimals without floating-point noise, never in
 * exponent form, no thousands separators (Chinese reports write 15000, not 15,000). A fall is “-11.6”.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value)
  // toPrecision(12) drops artefacts such as 0.30000000000000004 while keeping every written digit.
  const clean = Number.parseFloat(value.toPrecision(12))
  const s = String(clean)
  if (!/e/i.test(s)) return s
  // Tiny or huge decimals: write them out in full.
  return clean.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(clean))) + 11))).replace(/\.?0+$/, '')
}

/**
 * A figure with its unit and qualifier: formatFigure(50, '%', '超') → “超50%”, (5.5, '%', '以上') → “5.5%以上”,
 * (3, '万人', '约') → “约3万人”, (100, '家', '多') → “100多家”, (4, '%', '以内') → “4%以内”, (-11.6, '%', null) → “-11.6%”.
 */
export function formatFigure(value: number, unit: string, qualifier?: string | null): string {
  const n = formatNumber(value)
  const q = qualifier ?? ''
  if (q === '多') {
    const mag = MAGNITUDES.find((m) => unit.startsWith(m))
    return mag ? `${n}${mag}多${unit.slice(mag.length)}` : `${n}多${unit}`
  }
  if (PREFIX_QUALIFIERS.has(q)) return `${q}${n}${unit}`
  if (SUFFIX_QUALIFIERS.has(q)) return `${n}${unit}${q}`
  // An unknown qualifier is kept rather than lost; most of the genre's other bounds read well in front.
  return `${q}${n}${unit}`
}

/**
 * A period as a column heading: “2023” → “2023年”, “2024 target” → “2024年目标”, “2021-2025” → “2021—2025年”,
 * null → “—”.
 */
export function formatPeriod(period: string | null | undefined): string {
  if (period == null || period.trim() === '') return '—'
  const p = period.trim()
  const target = /\s*target$/i.test(p)
  const base = p.replace(/\s*target$/i, '').trim()
  const year = /^\d{4}$/.test(base) ? `${base}年` : /^\d{4}-\d{4}$/.test(base) ? `${base.replace('-', '—')}年` : base
  return target ? `${year}目标` : year
}

/** Whether a metric period names a goal rather than a result (“2024 target”). */
export function isTargetPeriod(period: string | null | undefined): boolean {
  return period != null && period.endsWith(' target')
}
