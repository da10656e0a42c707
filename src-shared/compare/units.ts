/**
 * Units of a target and its result, made comparable: `8008户` and `1.4万户` count households alike, `亿元` and
 * `万元` both money. Figures in different base units (亩 and 个, 座 and 户) are never compared.
 */
import { BASE_UNITS, MAGNITUDES } from '../report/words/units'

const FACTORS: Readonly<Record<string, number>> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3,
}
const BASES = new Set(BASE_UNITS.map(([u]) => u))
/** Two ways of writing one base unit. */
const SAME_BASE: Readonly<Record<string, string>> = { 百分点: '个百分点', 平方千米: '平方公里', 千米: '公里', 千克: '公斤', 标箱: '标准箱' }

/** A unit as its magnitude and base: `1.4万户` → 1e4 × 户; `千瓦` is a base of its own. */
export function splitUnit(unit: string): { factor: number; base: string } {
  // 元／月 and 元/月: a full-width slash, kept on the figure as the report writes it, is the same unit.
  const u = unit.trim().replace(/／/g, '/')
  if (BASES.has(u) || u === '') return { factor: 1, base: SAME_BASE[u] ?? u }
  for (const m of MAGNITUDES) {
    if (!u.startsWith(m)) continue
    const rest = u.slice(m.length)
    if (rest === '' || BASES.has(rest) || rest.includes('/')) return { factor: FACTORS[m] ?? 1, base: SAME_BASE[rest] ?? rest }
  }
  return { factor: 1, base: u }
}

/** `value` written in `from`, expressed in `to`; null when the two units measure different things. */
export function inUnit(value: number, from: string, to: string): number | null {
  const a = splitUnit(from)
  const b = splitUnit(to)
  if (a.base !== b.base) return null
  // Round away the floating-point noise of 1.4 × 1e4 / 1.
  return Number.parseFloat(((value * a.factor) / b.factor).toPrecision(12))
}
