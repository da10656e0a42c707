import type { Qualifier } from '../../schemas/report'
import { POST_QUALIFIERS } from '../words/qualifiers'
import {
  BARE_MAGNITUDE_CLASS, BASE_UNITS, MAGNITUDES, NOT_A_COUNT_AFTER, NOUN_AFTER_UNIT, PER_UNITS, UNITS_AFTER_MAGNITUDE, UNITS_AS_WRITTEN,
  type UnitClass,
} from '../words/units'

/** A unit read after a number: [magnitude][多|余][base][/per], as written (normalised). */
export interface UnitMatch {
  unit: string
  cls: UnitClass
  end: number
  /** 多/余 between the magnitude and the base (`4万多名`). */
  mid: boolean
}

function startsNoun(norm: string, unit: string, after: number): boolean {
  const next = NOUN_AFTER_UNIT[unit]
  const ch = norm[after]
  return next !== undefined && ch !== undefined && next.includes(ch)
}

const BASES = [...BASE_UNITS].sort((a, b) => b[0].length - a[0].length)
const BASES_AFTER_MAGNITUDE = [...BASE_UNITS, ...UNITS_AFTER_MAGNITUDE].sort((a, b) => b[0].length - a[0].length)
const MAGS = [...MAGNITUDES].sort((a, b) => b.length - a.length)
const PERS = [...PER_UNITS].sort((a, b) => b.length - a.length)

function baseAt(norm: string, j: number, afterMagnitude = false): readonly [string, UnitClass] | null {
  for (const entry of afterMagnitude ? BASES_AFTER_MAGNITUDE : BASES) if (norm.startsWith(entry[0], j)) return entry
  return null
}

function magnitudeAt(norm: string, j: number): string | null {
  for (const m of MAGS) if (norm.startsWith(m, j)) return m
  return null
}

/** The unit at j, or null. `百分点` is written `个百分点`, as the genre mostly writes it. */
export function matchUnit(norm: string, j: number): UnitMatch | null {
  let unit: string
  let cls: UnitClass
  let end: number
  let mid = false
  let base = baseAt(norm, j)
  let mag = magnitudeAt(norm, j)
  // 10万人口, 46万群众: nouns, not the units 人, 群.
  if (base && startsNoun(norm, base[0], j + base[0].length)) base = null
  if (base && (!mag || base[0].length > mag.length)) {
    unit = base[0] === '百分点' ? '个百分点' : base[0]
    cls = base[1]
    end = j + base[0].length
  } else if (mag) {
    let k = j + mag.length
    // 3万多亿元: 多 inside a compound magnitude (万 + 亿) qualifies the whole of it, 3万亿元 and more.
    const inner = (norm[k] === '多' || norm[k] === '余') ? magnitudeAt(norm, k + 1) : null
    if (inner && MAGS.includes(mag + inner)) {
      mag = mag + inner
      mid = true
      k += 1 + inner.length
    } else if (norm[k] === '多' || norm[k] === '余') {
      const after = baseAt(norm, k + 1, true)
      if (after && after[1] !== 'pct' && after[1] !== 'ppt') {
        mid = true
        k++
      }
    }
    let b = baseAt(norm, k, true)
    if (b && startsNoun(norm, b[0], k + b[0].length)) b = null
    if (b && b[1] !== 'pct' && b[1] !== 'ppt' && b[1] !== 'times') {
      unit = mag + b[0]
      cls = b[1]
      end = k + b[0].length
    } else {
      if (mid) return null
      const bare = BARE_MAGNITUDE_CLASS[mag]
      if (!bare) return null
      unit = mag
      cls = bare
      end = j + mag.length
      // 14亿多中国人: 多 after a bare magnitude qualifies it even before a noun.
      if (norm[end] === '多' || norm[end] === '余') {
        mid = true
        end++
      }
    }
  } else return null
  // 11.4万P, 10万kW: a unit the table does not know; no figure. After a measure word a name may start with letters
  // (`12个TOD示范项目`, `3个AAAA级景区`).
  if (/[A-Za-z]/.test(norm[end] ?? '') && !(cls === 'count' && !(unit in BARE_MAGNITUDE_CLASS))) return null
  // 连续30个月, 16个季度: a duration, not a count.
  if (unit.endsWith('个') && NOT_A_COUNT_AFTER.some((w) => norm.startsWith(w, end))) return null
  // 15个（条）, 90万头（只）: a count unit and, in brackets, the other word the things are counted by, are one unit.
  if (cls === 'count' && norm[end] === '(' && norm[end + 2] === ')' && !unit.endsWith(')')) {
    const other = baseAt(norm, end + 1)
    if (other && other[0].length === 1 && other[1] === 'count') {
      unit = `${unit}(${other[0]})`
      end += 3
    }
  }
  // 元/月, 万吨/日, 立方米/秒
  if (norm[end] === '/' && cls !== 'pct') {
    for (const p of PERS) {
      if (norm.startsWith(p, end + 1)) {
        unit = `${unit}/${p}`
        end = end + 1 + p.length
        break
      }
    }
  }
  return { unit: asWritten(unit), cls, end, mid }
}

function asWritten(unit: string): string {
  for (const [norm, written] of Object.entries(UNITS_AS_WRITTEN)) if (unit.endsWith(norm)) return unit.slice(0, -norm.length) + written
  // (Any other pair of measure words in brackets, as the genre writes them: full-width.)
  return unit.replace('(', '（').replace(')', '）')
}

/** A qualifier written after the unit (`以上`, `左右`, …) at j, or null. */
export function postQualifierAt(norm: string, j: number): { word: string; qualifier: Qualifier | null } | null {
  for (const [word, qualifier] of POST_QUALIFIERS) if (norm.startsWith(word, j)) return { word, qualifier }
  return null
}
