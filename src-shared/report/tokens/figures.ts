import type { Qualifier } from '../../schemas/report'
import { chineseNumeralValue, isChineseNumeralChar, isSmallNumeralChar, FIRST_PLACE_WORDS, MEASURES_OPENING_WITH_A_RANK, ZERO_GROWTH, ZERO_GROWTH_NOT_A_RATE } from '../words/numerals'
import { AFTER_BARE_MAGNITUDE, BASE_UNITS, OWN_PHRASES_AFTER_DE, BARE_COUNT_LEADS, UNITS_AFTER_MAGNITUDE, BARE_COUNTS, BARE_HUNDREDS_OF_YI, DECIMAL_DURATIONS, DENOMINATOR_FIRST, FALLING_CHANGE_VERBS, LATIN_UNITS, SIZES_OF_ONE_UNIT, LEVEL_CHANGE_VERBS, MILESTONE_LEADS, MILESTONE_WORDS, MULTIPLES_IN_A_MAGNITUDE, PER_MONEY_OUTPUTS, PER_POPULATION_MAGNITUDES, RUN_LEADS, RUN_UNITS, UNITLESS_MEASURES, WITHIN, WORKING_TIME_UNITS, ELAPSED_TIME_UNITS, type UnitClass } from '../words/units'
import { SETTLEMENTS_SIZED_BY_PEOPLE } from '../words/places'
import { NOUN_START_STOPS, NOUN_STOPS, VERBS } from '../words/verbs'
import { matchUnit, postQualifierAt, type UnitMatch } from './units'

const FIRST_PLACE_STARTS = new Set(FIRST_PLACE_WORDS.map((w) => w[0]))


/**
 * The tokeniser: every figure as the report writes it, in text order. A figure token is a number in any
 * written form with its unit and the qualifier written after it:
 *
 *   Arabic and full-width digits   `12.5亿元`, `1,234家`, `-0.3%`          (full-width is normalised first)
 *   ranges                         `4.5%—5%`, `6%-7%`, `4.5～5%`, `6%至7%`, `2-3家`
 *   Chinese numerals               `五成`, `两成`, `一倍`, `十个百分点`, `两次`
 *   fractions                      `三分之一`, `百分之六`, `1/4`, `4成`
 *   doublings                      `翻一番` (×2), `翻两番` (×4), `翻番`
 *   half                           `一半` (50%)
 *   a bare magnitude               `突破万亿元` (1 万亿元)
 *   ratios                         `2：1`
 *   ranks                          `第3位`, `第二`, `首位`, `前10位`
 *
 * Years, dates, codes (`5G`, `PM2.5`), classes named by a size (`20万吨级`), sessions (`八届八次全会`), numbers in
 * short quoted names (`“1158”`) or in book titles are never figure tokens. Whether a token is a statement of its own, an attribute of a noun or a list item is decided
 * by the rules that read its clause (rules/).
 */

export interface FigureToken {
  /** [start, end): from the number's first character (or its sign) through the unit and any qualifier after. */
  start: number
  end: number
  /** Where the unit ends (before any qualifier after it). */
  unitEnd: number
  value: number
  /** The upper end of a range. */
  high: number | null
  unit: string
  cls: UnitClass | 'rank'
  /** The figure as written when not a plain number with its unit: `4.5%—5%`, `翻一番`, `五成`, `首位`. */
  written: string | null
  /** Written in Chinese numerals or as a fraction, and converted. */
  converted: boolean
  /** 多/余 between the number and its unit (`4万多名`, `30余项`). */
  mid: boolean
  /** The qualifier written after the unit, and the word. */
  post: Qualifier | null
  postWord: string | null
  /** For ranks: the top N (`前10位`) rather than the Nth. */
  top: boolean
  /** For ranks: counted from the bottom (`倒数第2位`), written so and never shown as the Nth from the top. */
  fromBottom?: boolean
}

const RANGE_DASHES = new Set(['-', '—', '–', '～', '~', '至', '到'])
const STATEMENT_END = new Set([',', ';', '。', '!', '?', ':', '、', '\n', ')', '”', '"', '’', '》', ' ', '(', '的'])

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}
function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
}

interface ArabicNumber {
  start: number
  end: number
  value: number
}

/** 12, 12.5, 1,234 (grouping only where the original has a half-width comma, never the Chinese ，). */
function readArabic(norm: string, original: string, i: number): ArabicNumber {
  const n = norm.length
  let j = i
  while (j < n && isDigit(norm[j])) j++
  while (
    norm[j] === ',' &&
    original[j] === ',' &&
    isDigit(norm[j + 1]) &&
    isDigit(norm[j + 2]) &&
    isDigit(norm[j + 3]) &&
    !isDigit(norm[j + 4])
  ) {
    j += 4
  }
  if (j === i + 1 || j === i + 2 || j === i + 3) j = spaceGroupsEnd(norm, original, j)
  if (norm[j] === '.' && isDigit(norm[j + 1])) {
    j++
    while (j < n && isDigit(norm[j])) j++
  }
  let digits = ''
  for (let k = i; k < j && digits.length < 400; k++) {
    const ch = norm[k] as string
    if (ch !== ',' && ch !== ' ') digits += ch
  }
  return { start: i, end: j, value: Number(digits) }
}

/** Thousands grouped by a space, as older reports print them: `2 311.43亿元`, `22 587元`, `53 401套`. */
const GROUPING_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f'])

/**
 * Where a number whose leading digits end at j ends, taking in groups of three digits each after one space
 * (`2 311.43`). Only when a unit or a decimal point follows at once, so numbers that merely stand side by side
 * (`第1 000`, a spaced table, `增长 10% 和 11%`) stay apart.
 */
function spaceGroupsEnd(norm: string, original: string, j: number): number {
  let k = j
  while (
    norm[k] === ' ' &&
    GROUPING_SPACES.has(original[k] as string) &&
    isDigit(norm[k + 1]) &&
    isDigit(norm[k + 2]) &&
    isDigit(norm[k + 3]) &&
    !isDigit(norm[k + 4])
  ) {
    k += 4
  }
  if (k === j) return j
  const next = norm[k]
  const unitFollows = next !== undefined && next !== ' ' && next !== '\n' && !isDigit(next) && !/[,，、；;。:：）)]/.test(next)
  return unitFollows ? k : j
}

/** One decimal for a converted fraction: 1/3 → 33.3. */
function percentOf(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 1000) / 10
}

interface Scan {
  norm: string
  original: string
  out: FigureToken[]
}

function token(s: Scan, t: Omit<FigureToken, 'end' | 'unitEnd' | 'post' | 'postWord' | 'top'> & { top?: boolean }, unitEnd: number): FigureToken {
  const spaced = spacedPostAt(s.norm, unitEnd)
  const postAt = spaced ?? unitEnd
  const post = postQualifierAt(s.norm, postAt) ?? withinWorkingTime(s.norm, t.unit, postAt, t.start)
  // 多/余/上下 after a unit qualify it only when the phrase ends there (`1000人多`), never `5家多功能…`,
  // `10万元余额`, `5家上下游企业`.
  const loose = post !== null && (post.word === '多' || post.word === '余' || post.word === '有余' || post.word === '上下')
  const usePost = post !== null && !(loose && !STATEMENT_END.has(s.norm[postAt + post.word.length] ?? ','))
  const tok: FigureToken = {
    start: t.start,
    end: usePost ? postAt + (post as { word: string }).word.length : unitEnd,
    unitEnd,
    value: t.value,
    high: t.high,
    unit: t.unit,
    cls: t.cls,
    written: t.written,
    converted: t.converted,
    mid: t.mid,
    post: usePost ? (post as { qualifier: Qualifier | null }).qualifier : null,
    postWord: usePost ? (post as { word: string }).word : null,
    top: t.top === true,
    ...(t.fromBottom ? { fromBottom: true } : {}),
  }
  s.out.push(tok)
  return tok
}

/**
 * `2个工作日内`: 内 after a working time is 以内; so it is after hours or days that a time was cut to (`企业开办时间提速至3小时内`,
 * `压缩至5天内`), never after hours or days that only say when (`48小时内完成`, rules/elapsed-time.ts).
 */
function withinWorkingTime(norm: string, unit: string, at: number, start: number): { word: string; qualifier: Qualifier } | null {
  if (norm[at] !== WITHIN) return null
  const cutTo = ELAPSED_TIME_UNITS.includes(unit) && /[至到]$/u.test(norm.slice(Math.max(0, start - 1), start))
  return WORKING_TIME_UNITS.includes(unit) || cutTo ? { word: WITHIN, qualifier: '以内' } : null
}

/**
 * Where a bound written after one space starts (`增长 10% 左右，`, `控制在 4.5% 以内。`, as texts converted from PDF space
 * their figures out): only a bound of SPACED_BOUNDS that ends the phrase; else null.
 */
function spacedPostAt(norm: string, unitEnd: number): number | null {
  if (norm[unitEnd] !== ' ') return null
  const word = SPACED_BOUNDS.find((w) => norm.startsWith(w, unitEnd + 1))
  if (!word) return null
  const after = norm[unitEnd + 1 + word.length]
  return after === undefined || after === ' ' || STATEMENT_END.has(after) ? unitEnd + 1 : null
}
const SPACED_BOUNDS = ['左右', '以上', '以内', '以下']

/**
 * 5.8个月, 11.3年: a unit of time after a decimal number is a measured duration; so is a whole number of it reached by a
 * change from such a duration (`受教育年限从13.5年提高到14年`).
 */
function decimalDuration(norm: string, i: number, numberEnd: number, j: number): ReturnType<typeof matchUnit> {
  const unit = DECIMAL_DURATIONS.find((w) => norm.startsWith(w, j))
  if (!unit) return null
  if (!norm.slice(i, numberEnd).includes('.') && !DURATION_REACHED.test(norm.slice(Math.max(0, i - 20), i).replace(/年|个月/gu, (w) => (w === unit ? 'U' : w)))) return null
  return { unit, cls: 'measure', end: j + unit.length, mid: false }
}
/**
 * 工业产品生产许可证从60类减少到10类: a unit that alone names a kind or a batch (`12类45项服务`, CHANGE_LEVEL_UNITS), read
 * as a count only when both levels of a change write it.
 */
function unitOfChangeLevels(norm: string, i: number, j: number): ReturnType<typeof matchUnit> {
  const unit = CHANGE_LEVEL_UNITS.find((w) => norm.startsWith(w, j))
  if (!unit) return null
  const { toNext, fromBefore } = CHANGE_LEVEL_PATTERNS.get(unit)!
  const first = norm[i - 1] === '由' || norm[i - 1] === '从' ? toNext.test(norm.slice(j, j + 16)) : false
  const second = fromBefore.test(norm.slice(Math.max(0, i - 16), i))
  return first || second ? { unit, cls: 'count', end: j + unit.length, mid: false } : null
}
const CHANGE_LEVEL_UNITS: readonly string[] = ['类']
/** Per unit: the change read on from a first level (`60类减少到10类`), and back from a level reached (`从60类减少到`). */
const CHANGE_LEVEL_PATTERNS = new Map(
  CHANGE_LEVEL_UNITS.map((unit) => {
    const esc = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const verbs = LEVEL_CHANGE_VERBS.join('|')
    return [unit, { toNext: new RegExp(`^${esc}(?:${verbs})[到至]\\d+${esc}`, 'u'), fromBefore: new RegExp(`[由从]\\d+${esc}(?:${verbs})[到至]$`, 'u') }]
  }),
)

/** …从13.5年提高到 (the unit replaced by U): a change from a decimal duration of the same unit, right before a number. */
const DURATION_REACHED = new RegExp(`[由从]\\d+\\.\\d+U(?:${LEVEL_CHANGE_VERBS.join('|')})[到至]$`, 'u')

/** 每立方米39.4微克: the denominator written before the number, the unit after it. */
function denominatorFirst(norm: string, i: number, j: number): (UnitMatch & { per: string }) | null {
  for (const [per, units, suffix] of DENOMINATOR_FIRST) {
    if (!norm.endsWith(per, i)) continue
    const unit = units.find((u) => norm.startsWith(u, j))
    if (unit) return { unit: unit + suffix, cls: 'measure', end: j + unit.length, mid: false, per }
  }
  return null
}

/**
 * 从每立方米40微克下降到27.9微克: the second level of the clause writes the unit alone; the denominator written before
 * the first carries to it (no `，；。` between them).
 */
function denominatorCarried(s: Scan, i: number, j: number): UnitMatch | null {
  const last = s.out[s.out.length - 1]
  if (!last || /[,;。，；\n]/.test(s.norm.slice(last.end, i))) return null
  for (const [, units, suffix] of DENOMINATOR_FIRST) {
    const unit = units.find((u) => s.norm.startsWith(u, j) && last.unit === u + suffix)
    if (unit) return { unit: unit + suffix, cls: 'measure', end: j + unit.length, mid: false }
  }
  return null
}

/** 价格指数103左右, 收入倍差缩小至1.57: a bare number after a measure written without a unit, in its clause. */
const UNITLESS_BEFORE = new RegExp(`(${UNITLESS_MEASURES.join('|')})[\\u4e00-\\u9fff]{0,8}$`, 'u')

/** 倍差从1.8缩小到1.72: the two ends of a change of such a measure, the first after 从/由, the second after the first. */
const UNITLESS_FROM = new RegExp(`(${UNITLESS_MEASURES.join('|')})[\\u4e00-\\u9fff]{0,8}[由从]$`, 'u')
const UNITLESS_TO = new RegExp(`(${UNITLESS_MEASURES.join('|')})[\\u4e00-\\u9fff]{0,8}[由从]\\d+(?:\\.\\d+)?[\\u4e00-\\u9fff]{1,6}$`, 'u')
const THEN_TO_NUMBER = /^[\u4e00-\u9fff]{1,6}\d/u

function unitlessMeasure(norm: string, i: number, j: number): ReturnType<typeof matchUnit> {
  if (norm[j] === '的') return null
  const before = norm.slice(Math.max(0, i - 24), i)
  const measured = endsFigure(norm, j)
    ? UNITLESS_BEFORE.test(before.slice(-12)) || UNITLESS_TO.test(before)
    : UNITLESS_FROM.test(before.slice(-12)) && THEN_TO_NUMBER.test(norm.slice(j, j + 7))
  return measured ? { unit: '', cls: 'ratio', end: j, mid: false } : null
}

/**
 * A tally of medals written by their metal (`获得4金1银`, `取得5金32银13铜`, `3银2铜`): each count is one of medals of that
 * kind, its unit the metal as written. Only in a tally of two kinds or more, gold before silver before bronze: a lone
 * `5金` is too short a word to read as a medal.
 */
const MEDAL_TALLY = /^(?:\d+金)?(?:\d+银)?(?:\d+铜)?/

function medalOfTally(norm: string, i: number, j: number): ReturnType<typeof matchUnit> {
  const metal = norm[j]
  if (metal !== '金' && metal !== '银' && metal !== '铜') return null
  let start = i
  while (start > 0 && /[\d金银]/.test(norm[start - 1] ?? '')) start--
  if (start > 0 && /[\d.]/.test(norm[start - 1] ?? '')) return null
  const tally = MEDAL_TALLY.exec(norm.slice(start, start + 24))?.[0] ?? ''
  if (start + tally.length <= j || (tally.match(/[金银铜]/g) ?? []).length < 2) return null
  return { unit: metal, cls: 'count', end: j + 1, mid: false }
}

/** An Arabic number and what follows it. Returns where the scan continues. */
function arabicFigure(s: Scan, i: number): number {
  const { norm, original } = s
  const num = readArabic(norm, original, i)
  const prev = i > 0 ? norm[i - 1] : undefined
  if (!Number.isFinite(num.value)) return num.end
  // Part of a code or a version: RCEP2, 1.2.3, 5G, PM2.5
  const latinUnit = LATIN_UNITS.some((u) => norm.startsWith(u, num.end) && !isAsciiLetter(norm[num.end + u.length]))
  if (isAsciiLetter(prev) || prev === '.' || (isAsciiLetter(norm[num.end]) && !latinUnit) || norm[num.end] === '+' || prev === '+') return num.end
  // A subscript written with an underscore, as pages converted to text write it: PM_2.5, SO_2, NO_2.
  if (prev === '_' && isAsciiLetter(norm[i - 2])) return num.end
  if (prev === '第') return rankAfterDi(s, i - 1, num.value, num.end, null)
  // 每10万人口, 每千人: a denominator, never a figure.
  if (prev === '每') return num.end
  const perFirst = denominatorFirst(norm, i, num.end)
  let j = num.end
  // Fractions and ratios written with digits: 1/4, 1/3以上, 2：1
  if (norm[j] === '/' && isDigit(norm[j + 1])) {
    const den = readArabic(norm, original, j + 1)
    // 16/10万: a rate per 10万 (of births, of people), kept in its own unit.
    const per = PER_POPULATION_MAGNITUDES.find((w) => norm.startsWith(w, den.end))
    if (den.value > 0 && per && !norm.slice(j + 1, den.end).includes('.')) {
      const end = den.end + per.length
      token(s, { start: i, value: num.value, high: null, unit: `/${original.slice(j + 1, end)}`, cls: 'pct', written: null, converted: false, mid: false }, end)
      return s.out[s.out.length - 1]?.end ?? end
    }
    if (den.value > 0 && !isDigit(norm[den.end]) && norm[den.end] !== '/') {
      token(
        s,
        { start: i, value: percentOf(num.value, den.value), high: null, unit: '%', cls: 'pct', written: original.slice(i, den.end), converted: true, mid: false },
        den.end,
      )
      return s.out[s.out.length - 1]?.end ?? den.end
    }
    return den.end
  }
  if (norm[j] === ':' && norm[j + 1] === '1' && !isDigit(norm[j + 2]) && norm[j + 2] !== '.') {
    token(s, { start: i, value: num.value, high: null, unit: original.slice(j, j + 2), cls: 'ratio', written: null, converted: false, mid: false }, j + 2)
    return s.out[s.out.length - 1]?.end ?? j + 2
  }
  // 4成: tenths
  if (norm[j] === '成' && endsFigure(norm, j + 1)) {
    token(s, { start: i, value: num.value * 10, high: null, unit: '%', cls: 'pct', written: original.slice(i, j + 1), converted: true, mid: false }, j + 1)
    return s.out[s.out.length - 1]?.end ?? j + 1
  }
  const compound = compoundFigure(s, i, num.value, j)
  if (compound >= 0) return compound
  let mid = false
  if ((norm[j] === '多' || norm[j] === '余') && matchUnit(norm, j + 1)) {
    mid = true
    j++
  }
  if (norm[j] === ' ' && norm[j + 1] !== ' ') {
    const spaced = matchUnit(norm, j + 1)
    if (spaced) j++
  }
  let unit = perFirst ?? denominatorCarried(s, i, j) ?? matchUnit(norm, j) ?? medalOfTally(norm, i, j) ?? decimalDuration(norm, i, num.end, j) ?? unitOfChangeLevels(norm, i, j) ?? unitlessMeasure(norm, i, j)
  // A range: 4.5%—5%, 4.5—5%, 2-3家, 6%至7%
  let rangeEnd = -1
  let high: number | null = null
  const afterFirst = unit ? unit.end : j
  const dash = norm[afterFirst]
  if (dash !== undefined && RANGE_DASHES.has(dash) && norm[afterFirst + 1] !== dash && isDigit(norm[afterFirst + 1])) {
    const second = readArabic(norm, original, afterFirst + 1)
    const unit2 = matchUnit(norm, second.end)
    const fromTo = (dash === '至' || dash === '到') && /[由从]$/.test(norm.slice(Math.max(0, i - 1), i))
    if (unit2 && (!unit || unit.unit === unit2.unit) && second.value > num.value && !fromTo && !mid) {
      unit = unit2
      high = second.value
      rangeEnd = unit2.end
    }
  }
  // 分别提高0.9和7.2个百分点: a bare number before a list joiner and a number with a rate's unit writes that unit short.
  if (!unit) unit = sharedRateUnit(norm, original, j) ?? sharedUnitOfRespectiveValues(s, i, j) ?? unitOfLevelReached(norm, original, i, j) ?? unitOfZeroReached(s, norm, i, j, num.value)
  else if (rangeEnd < 0 && !unit.mid && unit.unit === RATE_CUT_SHORT) unit = sharedRateUnit(norm, original, unit.end, RATE_CUT_SHORT) ?? unit
  if (!unit) return num.end
  if (isRunLength(norm, i, unit.unit)) return unit.end
  // 连跨2个万亿元台阶, 跨越3个千亿级台阶: how many milestones were passed, no figure (the level reached follows).
  const steps = unit.unit === '个' ? STEPS_AFTER_COUNT.exec(norm.slice(unit.end, unit.end + 10)) : null
  if (steps) return unit.end + steps[0].length
  // 20万吨级泊位, 7亿吨级矿产地: a class of thing, named by a size; no figure.
  if (norm[rangeEnd >= 0 ? rangeEnd : unit.end] === '级') return unit.end + 1
  // 产值过5亿、10亿、50亿级的企业: a series of sizes closed by 级 names classes of thing, every one of them; no figure.
  const classes = rangeEnd < 0 ? sizeClassSeries(norm, unit.end, unit.unit) : 0
  if (classes) return classes
  // 20户以上自然村, 100人以上的村寨: settlements of a size; no figure.
  if ((unit.unit === '户' || unit.unit === '人') && rangeEnd < 0 && SETTLEMENT_SIZE.test(norm.slice(unit.end, unit.end + 12))) return unit.end
  // 淘汰20蒸吨以下燃煤锅炉, 人均纯收入1万元以下脱贫人口, 1000立方米及以下高炉: a bound written inside the name of a class
  // of things, never a figure (but `下降到8.5万吨以下和11万吨以下`, `3%以下的水平` bound the figure itself).
  // (After a count, `94台10蒸吨以下锅炉`, `40万3岁以下婴幼儿`, the bound is read with the count's noun, as before.)
  // 推动65蒸吨以上燃煤锅炉…改造: with a unit sizing one thing, 以上 names a class the same way (a count, `70个以上项目`, or
  // money, `100亿元以上资金`, before its noun is a figure).
  const classBound = SIZES_OF_ONE_UNIT.includes(unit.unit) ? SIZE_CLASS_BOUND_BEFORE_NOUN : CLASS_BOUND_BEFORE_NOUN
  if (rangeEnd < 0 && classBound.test(norm.slice(unit.end, unit.end + 4)) && !COUNT_JUST_BEFORE.test(norm.slice(Math.max(0, i - 4), i))) return unit.end
  // 产值超10亿元企业, 超50亿元、超100亿元产业集群: a threshold inside the name of what is counted; no figure.
  if (unit.cls === 'money' && rangeEnd < 0 && /(超过|超|过)$/.test(norm.slice(Math.max(0, i - 2), i)) && thresholdBeforeName(norm, unit.end)) return unit.end
  mid = mid || unit.mid
  // A sign: -0.3%, but not the dash of a range before it
  // The figure starts at its denominator when that comes first (每立方米39.4微克).
  let start = perFirst ? i - perFirst.per.length : i
  let value = num.value
  if (prev === '-' && !isDigit(norm[i - 2]) && norm[i - 2] !== '%') {
    start = i - 1
    value = -value
  }
  const unitEnd = rangeEnd >= 0 ? rangeEnd : unit.end
  // 3百亿元, 2千亿, 1千万元: a digit before a magnitude that holds a multiple of 亿 or 万 multiplies it (300亿元, 2000亿,
  // 1000万元); converted, so it is checked before a slide shows it.
  const multiple = multipleInMagnitude(unit.unit)
  token(
    s,
    {
      start,
      value: multiple ? times(value, multiple.factor) : value,
      high: multiple && high !== null ? times(high, multiple.factor) : high,
      unit: multiple ? multiple.unit : unit.unit,
      cls: unit.cls,
      written: high !== null || multiple ? original.slice(i, unitEnd) : null,
      converted: multiple !== null,
      mid,
    },
    unitEnd,
  )
  return s.out[s.out.length - 1]?.end ?? unitEnd
}

/** n × factor without the float's tail (2.3 × 100 is 230). */
function times(n: number, factor: number): number {
  return Math.round(n * factor * 1e6) / 1e6
}

const BASE_UNITS_OPENING_WITH_A_MAGNITUDE = [...BASE_UNITS, ...UNITS_AFTER_MAGNITUDE].map(([u]) => u).filter((u) => /^[千百十万亿]/u.test(u))

/** The factor and the unit of a unit opening with 千, 千亿, 百亿, 十亿, 千万, 百万 or 十万 (MULTIPLES_IN_A_MAGNITUDE); else null. */
function multipleInMagnitude(unit: string): { factor: number; unit: string } | null {
  // 千瓦, 千米, 千克, 千瓦时: base units that open with 千, no magnitude of a thousand.
  if (BASE_UNITS_OPENING_WITH_A_MAGNITUDE.some((b) => unit.startsWith(b))) return null
  for (const [magnitude, multiple] of Object.entries(MULTIPLES_IN_A_MAGNITUDE)) {
    if (multiple && unit.startsWith(magnitude)) return { factor: multiple[0], unit: multiple[1] + unit.slice(magnitude.length) }
  }
  return null
}

/** The magnitudes after the first of a list that a milestone word closes: `、3百亿元台阶`, `、千亿大关`; group 1 is a shared 元. */
const MAGNITUDES_TO_A_MILESTONE = new RegExp(
  `^(?:、(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{0,3})(?:万亿|千亿|百亿|亿))+(元)?新?(?:${MILESTONE_WORDS.join('|')})`,
  'u',
)

/** The milestones a count of steps counts (`万亿元台阶`, `千亿级台阶`, `万亿元级台阶`, `百亿大关`). */
const STEPS_AFTER_COUNT = new RegExp(`^[万亿千百十]*(?:亿元|万元|元)?级?[新大]?(?:${MILESTONE_WORDS.join('|')})`)

/**
 * A magnitude of 亿 written with a numeral in words (`五千亿`, `两万亿`, `三百亿`): the value in the unit offices use
 * (5000 亿, 2 万亿, 300 亿), as the bare 千亿 is 1000 亿; null for any other run.
 */
function magnitudeInWords(run: string): { value: number; unit: '亿' | '万亿' } | null {
  const m = /^([一二两三四五六七八九十]{1,3})(万亿|千亿|百亿)$/.exec(run)
  const n = m ? chineseNumeralValue(m[1] as string) : null
  if (!m || n === null || n < 1 || n > 99) return null
  if (m[2] === '万亿') return { value: n, unit: '万亿' }
  return { value: n * (BARE_HUNDREDS_OF_YI[m[2] as string] ?? 1), unit: '亿' }
}

/** `连续5次`, `已连续3届`: a count of times or terms that says how long a record has lasted. */
function isRunLength(norm: string, i: number, unit: string): boolean {
  return RUN_UNITS.includes(unit) && RUN_LEADS.some((w) => norm.endsWith(w, i))
}

/** 分别, then what may stand between it and the first value (`分别达`, `分别为`, `预计分别达到`). */
const RESPECTIVELY_BEFORE_VALUE = /分别(?:达到|达|为|是|有|增加|新增|完成|实现|突破|超过|增至|增加到|提高到|降至)?$/u

/**
 * `牲畜存栏、出栏分别达335、236万头`, `新开工、竣工项目分别为120、85个`: after 分别, the values of a list written bare
 * before the last one's unit share that unit (magnitude and all), as rates do; else null.
 */
function sharedUnitOfRespectiveValues(s: Scan, i: number, j: number): ReturnType<typeof matchUnit> {
  const { norm, original } = s
  // (The values after the first read on from it: `分别达到424.8、502.5、187.9万吨`.)
  const previous = s.out[s.out.length - 1]
  const readsOn = previous !== undefined && previous.end === i - 1 && VALUE_JOINERS.has(norm[i - 1] ?? '')
  if (!readsOn && !RESPECTIVELY_BEFORE_VALUE.test(norm.slice(Math.max(0, i - 8), i))) return null
  for (let at = j, guard = 0; guard < 12 && VALUE_JOINERS.has(norm[at] ?? '') && isDigit(norm[at + 1]); guard++) {
    const next = readArabic(norm, original, at + 1)
    const unit = matchUnit(norm, next.end)
    if (unit) return unit.cls === 'pct' || unit.cls === 'ppt' ? null : { ...unit, end: j }
    at = next.end
  }
  return null
}

/** How a list writes 个百分点 on the values before the last: `分别提高1.6个和1.4个百分点`. */
const RATE_CUT_SHORT = '个'

/** Joiners between the values of a list written `0.9和7.2个百分点`. */
const VALUE_JOINERS = new Set(['和', '、', '与', '及'])

/**
 * The rate's unit (%, 个百分点) of the value after a list joiner at j, for a number before it written bare or with
 * the rate's unit cut short (`short`: 1.6个 of 1.6个和1.4个百分点); else null.
 */
function sharedRateUnit(norm: string, original: string, j: number, short = ''): ReturnType<typeof matchUnit> {
  // 提高20.7、8、17.3、11.8个百分点, 高于1.8个、0.2个和0.1个百分点: through the values after it, up to the one that
  // writes the unit.
  for (let at = j, guard = 0; guard < 12 && VALUE_JOINERS.has(norm[at] ?? '') && isDigit(norm[at + 1]); guard++) {
    const next = readArabic(norm, original, at + 1)
    const unit = matchUnit(norm, next.end)
    if (unit && short !== '' && unit.unit === short) {
      at = unit.end
      continue
    }
    if (unit) return (unit.cls === 'pct' || unit.cls === 'ppt') && unit.unit.startsWith(short) ? { ...unit, end: j } : null
    at = next.end
  }
  return null
}

/** 由, 从, and the time of the first level if written (`由上年的`, `从2015年的`). */
const FROM_A_LEVEL = /[由从](?:(?:上年|去年|\d{4}年)(?:底|末)?的?)?$/u

/** 由7.8增加到12.9平方米: after 由/从, the verb of a change and the level it reaches. */
const LEVEL_REACHED = new RegExp(`^(?:${LEVEL_CHANGE_VERBS.join('|')})[到至](?=\\d)`, 'u')

/**
 * The unit of the level a change reaches, for its first level written bare after 由/从 (`由12.4增加到22.4万户`,
 * `从128提高到208平方公里`); else null. A second level without a unit (`由2.65下降到2.47`) gives none.
 */
function unitOfLevelReached(norm: string, original: string, i: number, j: number): ReturnType<typeof matchUnit> {
  // (由上年的18降到17微克/立方米, 从2015年的45下降到30…: the time of the first level may stand between.)
  if (!FROM_A_LEVEL.test(norm.slice(Math.max(0, i - 10), i))) return null
  const verb = LEVEL_REACHED.exec(norm.slice(j, j + 6))
  if (!verb) return null
  const second = readArabic(norm, original, j + verb[0].length)
  const unit = matchUnit(norm, second.end)
  if (!unit || unit.cls === 'pct' || unit.cls === 'ppt') return null
  // 由500增加到1.2万人: an increase to a smaller number (or a fall to a larger) writes another unit first; no guess.
  const first = readArabic(norm, original, i).value
  const falls = FALLING_CHANGE_VERBS.some((w) => verb[0].startsWith(w))
  return (falls ? first > second.value : first < second.value) ? { ...unit, end: j, mid: false } : null
}

/** The verb of a fall and where it ends, between a level and a bare 0 (`下降到`, `降至`, `降为`). */
const FALL_TO = /^(?:下降|降低|减少|压减|降|减)?(?:到|至|为)$/u

/**
 * `贫困发生率从2016年的16.4%下降到0`: a bare 0 a level falls to, closing its clause, is a level in the first one's
 * unit; else null.
 */
function unitOfZeroReached(s: Scan, norm: string, i: number, j: number, value: number): UnitMatch | null {
  if (value !== 0 || !endsFigure(norm, j)) return null
  const previous = s.out[s.out.length - 1]
  if (!previous || previous.cls === 'rank' || previous.end > i || !FALL_TO.test(norm.slice(previous.end, i))) return null
  return { unit: previous.unit, cls: previous.cls, end: j, mid: false }
}

const SETTLEMENT_SIZE = new RegExp(`^(?:及[\\d.]+[户人])?及?(?:以上|以下)的?(?:${SETTLEMENTS_SIZED_BY_PEOPLE.join('|')})`, 'u')

/** After a money amount at j: (以上)? then a name, possibly after more amounts of the same kind (`、超100亿元`). */
/** Verbs and adverbs after an amount start its predicate (`超过100亿元用于…`), not a name. */
const NAME_STOPS = [...NOUN_STOPS, ...NOUN_START_STOPS, ...VERBS.map(([w]) => w)]
/** A money threshold (`超50亿元`, `过十亿元`, `过亿元`, `超100亿元以上`): a bound, then an amount in digits, in words or bare. */
export const THRESHOLD_AMOUNT = '(?:超过|超|过)(?:(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两]{1,3})(?:万亿|千亿|百亿|亿|万)?|万亿|千亿|百亿|亿|万)元(?:以上)?'
const MORE_THRESHOLDS = new RegExp(`^(?:、${THRESHOLD_AMOUNT})+`, 'u')
function thresholdBeforeName(norm: string, j: number): boolean {
  let k = norm.startsWith('以上', j) ? j + 2 : j
  const more = MORE_THRESHOLDS.exec(norm.slice(k, k + 60))
  if (more) k += more[0].length
  // 一批营业收入超1000亿元的大型企业集团: the same threshold, 的 before the name; but not the figure's own goal or
  // footing (超过700亿元的目标, 的基础上).
  if (norm[k] === '的' && !OWN_PHRASES_AFTER_DE.some((w) => norm.startsWith(w, k + 1))) k++
  return startsName(norm, k) && !NAME_STOPS.some((w) => norm.startsWith(w, k))
}

/** `以下燃煤锅炉`, `及以下高炉`: 以下 running straight into a noun (not a joiner, 的 or 等, nor the end of the clause). */
const CLASS_BOUND_BEFORE_NOUN = /^(?:及)?以下(?![和及与或的等])[\u4e00-\u9fff“]/u
/** `以上燃煤锅炉`, `及以下高炉`: either bound running straight into a noun, after a unit sizing one thing. */
const SIZE_CLASS_BOUND_BEFORE_NOUN = /^(?:及)?以[上下](?![和及与或的等])[\u4e00-\u9fff“]/u
/** A count right before a number (`94台`, `40万`, `18万名`): its noun is the one after the bound. */
const COUNT_JUST_BEFORE = /\d[\u4e00-\u9fff]{1,2}$/u

/** The end of `、10亿、50亿级` after a size in `unit` (the later sizes in the same unit, the last closed by 级), else 0. */
function sizeClassSeries(norm: string, j: number, unit: string): number {
  if (norm[j] !== '、' || !unit) return 0
  const esc = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const m = new RegExp(`^(?:、(?:超过|超|过)?\\d+(?:\\.\\d+)?${esc}){1,6}级`, 'u').exec(norm.slice(j, j + 60))
  return m ? j + m[0].length : 0
}

/** Does a figure end at j (end of clause, a qualifier, 的)? */
/** A milestone word (`大关`, `台阶`, also `新台阶`) at j that ends its clause: `突破千亿大关。`, `迈上万亿新台阶，`. */
function closesAtMilestone(norm: string, j: number): boolean {
  const k = norm[j] === '新' ? j + 1 : j
  return MILESTONE_WORDS.some((w) => norm.startsWith(w, k) && endsFigure(norm, k + w.length))
}

function endsFigure(norm: string, j: number): boolean {
  const ch = norm[j]
  return ch === undefined || STATEMENT_END.has(ch) || postQualifierAt(norm, j) !== null
}

const JOINERS = new Set(['和', '、', '与', '及'])
/** The rest of a series of ordinals after its first (`、二、三产业`, `和第二批`), ending on what they number. */
const ORDINAL_SERIES_REST = /^(?:[、和及与]第?[一二三四五六七八九十]{1,2}){1,4}(?:产业|产|批|期|届|次|轮|类|级)/u

/** 万 or 亿, then one digit of thousands of the next unit down: `1万6千`, `1亿3千`. */
const COMPOUND_MAGNITUDE = /^(万|亿)([1-9])千([多余]?)/u

/**
 * `1万6千多户`, `2万5千公里`, `1亿3千多万人`, `3万2千亿元`: a magnitude and then a digit of the magnitude below make
 * one number (16000户, 25000公里, 13000万人, 32000亿元), as written; converted, so it is checked before a slide shows it. Where the scan
 * continues, or -1 when the number is not written so.
 */
function compoundFigure(s: Scan, i: number, value: number, j: number): number {
  const { norm, original } = s
  const m = COMPOUND_MAGNITUDE.exec(norm.slice(j, j + 4))
  if (!m) return -1
  const at = j + m[0].length
  const unit = matchUnit(norm, at)
  // After 亿…千 the unit is 万 and more (1亿3千多万人); after 万…千 a base unit (1万6千户) or 亿 (3万2千亿元: 32000亿元).
  if (!unit || (m[1] === '亿') !== unit.unit.startsWith('万') || (m[1] === '万' && MAGNITUDE_START.test(unit.unit) && !unit.unit.startsWith('亿'))) return -1
  const written = original.slice(i, unit.end)
  token(s, { start: i, value: (value * 10 + Number(m[2])) * 1000, high: null, unit: unit.unit, cls: unit.cls, written, converted: true, mid: m[3] !== '' || unit.mid }, unit.end)
  return s.out[s.out.length - 1]?.end ?? unit.end
}

const MAGNITUDE_START = /^[万亿千百十]/u

/** A rank after 第 at `di`: 第3位, 第二, 第5名. Value given; `end` is after the numeral. */
function rankAfterDi(s: Scan, di: number, value: number, end: number, written: string | null): number {
  const { norm } = s
  let e = end
  if (norm[e] === '位' || norm[e] === '名') e++
  // 居全国第五和第六: a rank joined to the next one.
  else if (!endsFigure(norm, e) && !(JOINERS.has(norm[e] as string) && norm[e + 1] === '第')) return end // 第十四届, 第一批, 第二梯队: ordinals, not ranks
  // 第一、二、三产业, 第一、二批: a series of ordinals, the rest written without 第.
  else if (ORDINAL_SERIES_REST.test(norm.slice(e, e + 16))) return end
  // 排名倒数第2位: the second from the bottom; the words stay with the figure, and it is checked before a slide shows it.
  if (norm.slice(di - FROM_BOTTOM.length, di) === FROM_BOTTOM) {
    const start = di - FROM_BOTTOM.length
    token(s, { start, value, high: null, unit: '位', cls: 'rank', written: s.original.slice(start, e), converted: true, mid: false, fromBottom: true }, e)
    return e
  }
  token(s, { start: di, value, high: null, unit: '位', cls: 'rank', written, converted: written !== null, mid: false }, e)
  return e
}

const FROM_BOTTOM = '倒数'

/** A noun starts at k (a Han character that is not the figure's own phrase going on, nor a qualifier). */
function startsName(norm: string, k: number): boolean {
  const ch = norm[k]
  if (ch === undefined || !/\p{Script=Han}/u.test(ch)) return false
  return !AFTER_BARE_MAGNITUDE.some((w) => norm.startsWith(w, k)) && postQualifierAt(norm, k) === null
}

/** What `倍增` follows when it is a result (`实有市场主体实现倍增`). */
const RESULT_VERBS_BEFORE_DOUBLING: readonly string[] = ['实现']
/** What follows such a `倍增` when it ends its clause. */
const CLAUSE_END_AFTER_DOUBLING = /[\n，。；、,;）)！？]/
/** What may follow a quote that holds a whole figure (`“翻番”。`); `“翻一番”行动` names something. */
const QUOTE_THEN_END = /[\n，。；、,;：:）)！？]/

/**
 * 翻番, 翻倍: doubled (×2); 翻一番, 翻了两番: doubled n times (×2ⁿ, n ≤ 4); `实现倍增` ending its clause: doubled, as a
 * result (a plan or an action named by it, `倍增计划`, `实现倍增目标`, is no figure).
 */
function doublingAt(norm: string, i: number): { value: number; end: number } | null {
  if (norm[i] === '倍') return norm[i + 1] === '增' && RESULT_VERBS_BEFORE_DOUBLING.some((v) => norm.endsWith(v, i)) && CLAUSE_END_AFTER_DOUBLING.test(norm[i + 2] ?? '\n') ? { value: 2, end: i + 2 } : null
  if (norm[i + 1] === '番' || norm[i + 1] === '倍') return { value: 2, end: i + 2 }
  const k = norm[i + 1] === '了' ? i + 2 : i + 1
  let j = k
  while (j < norm.length && j - k < 2 && isChineseNumeralChar(norm[j])) j++
  if (j === k || norm[j] !== '番') return null
  const n = chineseNumeralValue(norm.slice(k, j))
  return n !== null && n >= 1 && n <= 4 ? { value: 2 ** n, end: j + 1 } : null
}

/** The words of a result before a goal (`实现`, `完成`), in the clause before a figure. */
const GOAL_REACHED_BEFORE = /(?:实现|完成)[^，。；,;：:\n]{0,16}$/u

/**
 * `收入实现“翻一番”目标`, `提前实现比2010年“翻一番”目标`: a doubling in quotes naming a goal that was reached is the doubling
 * itself (the label files take it every time, 3 of 3); `启动“翻一番”目标行动` names a campaign, no result.
 */
function goalOfDoublingReached(norm: string, quoteStart: number, after: number): boolean {
  if (!norm.startsWith('目标', after) || !QUOTE_THEN_END.test(norm[after + 2] ?? '\n')) return false
  return GOAL_REACHED_BEFORE.test(norm.slice(Math.max(0, quoteStart - 18), quoteStart - 1))
}

/**
 * 零增长 closing its clause (`化肥农药使用量零增长，`, `“三公”经费实现“零增长”。`): a growth of 0 %. Not the name of a
 * campaign or a state it ends (`零增长行动`, `零增长的局面`); 负增长, a sign without a number, is no figure.
 */
function zeroGrowthAt(norm: string, i: number): { value: number; end: number } | null {
  if (!norm.startsWith(ZERO_GROWTH, i)) return null
  // 尽管是零增长: a remark on a figure, not one; 本土确诊病例“零增长”: an outbreak stopped, not a rate.
  const before = norm.slice(Math.max(0, i - 4), norm[i - 1] === '“' ? i - 1 : i)
  if (before.endsWith('是') || ZERO_GROWTH_NOT_A_RATE.some((w) => before.endsWith(w))) return null
  const end = i + ZERO_GROWTH.length
  const after = norm[end] === '”' ? norm[end + 1] : norm[end]
  return QUOTE_THEN_END.test(after ?? '\n') ? { value: 0, end } : null
}

/**
 * A construction around a run of Chinese numerals at [i, j): 五成, 一倍, 十个百分点, 三分之一, 百分之六,
 * 一半, 两次, 第二, or a bare magnitude (万亿元). Returns where the scan continues.
 */
function chineseFigure(s: Scan, i: number, j: number): number {
  const { norm, original } = s
  const run = norm.slice(i, j)
  const prev = i > 0 ? norm[i - 1] : undefined
  const add = (value: number, unit: string, cls: UnitClass, unitEnd: number, start = i): number => {
    token(s, { start, value, high: null, unit, cls, written: original.slice(start, unitEnd), converted: true, mid: false }, unitEnd)
    return s.out[s.out.length - 1]?.end ?? unitEnd
  }
  // 三分之一, 百分之六
  if (norm.startsWith('分之', j)) {
    let k = j + 2
    while (k < norm.length && k - j < 8 && isSmallNumeralChar(norm[k])) k++
    const den = chineseNumeralValue(run)
    const num = chineseNumeralValue(norm.slice(j + 2, k))
    if (den === null || num === null || den === 0 || k === j + 2) return k
    if (den === 1000) return add(num, '‰', 'pct', k)
    return add(den === 100 ? num : percentOf(num, den), '%', 'pct', k)
  }
  if (prev === '第') {
    const n = chineseNumeralValue(run)
    if (n !== null && n >= 1 && n <= 100) return rankAfterDi(s, i - 1, n, j, original.slice(i - 1, j + (norm[j] === '位' || norm[j] === '名' ? 1 : 0)))
    return j
  }
  // 五年迈上两个千亿台阶, 每年跨越一个百亿台阶: how many milestones were passed (or passed again), no figure.
  const steps = norm[j] === '个' ? STEPS_AFTER_COUNT.exec(norm.slice(j + 1, j + 12)) : null
  if (steps) return j + 1 + steps[0].length
  // 生产总值迈上五千亿台阶, 站上两万亿新台阶, 跨越两百亿元台阶: a magnitude in words passing a milestone, as the bare one.
  const inWords = magnitudeInWords(run)
  if (inWords && MILESTONE_LEADS.some((w) => norm.endsWith(w, i))) {
    const withYuan = norm[j] === '元'
    const end = withYuan ? j + 1 : j
    if (closesAtMilestone(norm, end)) return add(inWords.value, inWords.unit + (withYuan ? '元' : ''), 'money', end)
  }
  const value = chineseNumeralValue(run)
  if (value === null) return j
  // A bare magnitude before 元: 突破万亿元 (1 万亿元); 千亿元 and 百亿元 are 1000 and 100 亿元, the unit offices use.
  // 万元GDP能耗: the denominator of a rate, no figure.
  if (/^(万亿|千亿|百亿|亿|万)$/.test(run) && norm[j] === '元' && PER_MONEY_OUTPUTS.some((w) => norm.startsWith(w, j + 1))) return j + 1
  // 亿元级项目, 千亿元级产业集群: a class of thing named by a size, as 百亿级 is; no figure.
  if (/^(万亿|千亿|百亿|亿|万)$/.test(run) && norm.startsWith('元级', j)) return j + 2
  // 超千亿元开发区, 亿元以上产业项目, 过亿元、过十亿元企业: a threshold inside the name of what is counted, no figure.
  if (/^(万亿|千亿|百亿|亿|万)$/.test(run) && norm[j] === '元') {
    if (startsName(norm, norm.startsWith('以上', j + 1) ? j + 3 : j + 1)) return j + 1
    if (/(超过|超|过)$/.test(norm.slice(Math.max(0, i - 2), i)) && norm[j + 1] === '、' && thresholdBeforeName(norm, j + 1)) return j + 1
  }
  if (/^(万亿|千亿|百亿|亿|万)$/.test(run) && norm[j] === '元' && !isDigit(prev) && !isChineseNumeralChar(prev)) {
    const hundreds = BARE_HUNDREDS_OF_YI[run]
    const value = hundreds ?? 1
    const unit = hundreds ? '亿元' : `${run}元`
    token(s, { start: i, value, high: null, unit, cls: 'money', written: run, converted: true, mid: false }, j + 1)
    return s.out[s.out.length - 1]?.end ?? j + 1
  }
  // 地区生产总值破万亿, 营业收入突破千亿、: a bare magnitude of money after a word of reaching, ending its figure, is
  // money written without 元 (not 超千亿城市, 过千亿的产业: thresholds of a name).
  const reached = BARE_COUNT_LEADS.some((w) => norm.endsWith(w, i))
  // 生产总值突破千亿大关, 经济总量迈上万亿新台阶: the same, closed by a milestone word.
  // (迈上千亿、百亿大关: the next of a list of such magnitudes, right after the first, passes the same milestone.)
  const listedBefore = s.out[s.out.length - 1]
  const passed = reached || MILESTONE_LEADS.some((w) => norm.endsWith(w, i)) || (prev === '、' && listedBefore?.end === i - 1 && listedBefore.cls === 'money')
  if (/^(万亿|千亿|百亿)$/.test(run) && !isDigit(prev) && ((reached && norm[j] !== '的' && endsFigure(norm, j)) || (passed && closesAtMilestone(norm, j)))) {
    const hundreds = BARE_HUNDREDS_OF_YI[run]
    return add(hundreds ?? 1, hundreds ? '亿' : run, 'money', j)
  }
  // 收入、支出分别跨越百亿、3百亿元台阶: the first of a list of magnitudes that the milestone word closes, in the unit the
  // last one writes (元 shared).
  const listed = /^(万亿|千亿|百亿)$/.test(run) && !isDigit(prev) && passed ? MAGNITUDES_TO_A_MILESTONE.exec(norm.slice(j, j + 16)) : null
  if (listed && endsFigure(norm, j + listed[0].length)) {
    const hundreds = BARE_HUNDREDS_OF_YI[run]
    return add(hundreds ?? 1, (hundreds ? '亿' : run) + (listed[1] ?? ''), 'money', j)
  }
  // 外贸突破千亿美元, 粮食总产首次突破百亿斤: a bare magnitude of 亿 before another unit of amount, in that unit.
  if (/^(万亿|千亿|百亿)$/.test(run) && reached && !isDigit(prev)) {
    const hundreds = BARE_HUNDREDS_OF_YI[run]
    const unit = matchUnit(norm, hundreds ? j - 1 : i)
    if (unit && !unit.mid && (unit.cls === 'money' || unit.cls === 'measure') && norm[unit.end] !== '的' && (endsFigure(norm, unit.end) || closesAtMilestone(norm, unit.end))) {
      token(s, { start: i, value: hundreds ?? 1, high: null, unit: unit.unit, cls: unit.cls, written: run, converted: true, mid: false }, unit.end)
      return s.out[s.out.length - 1]?.end ?? unit.end
    }
  }
  // 人均生产总值突破两万美元, 人均收入超过三万元: a small number and its magnitude in words after a word of reaching,
  // before money, are that money (2 万美元), as the digits would be.
  const moneyInWords = reached ? /^([一二两三四五六七八九十]{1,2})(万|亿)$/.exec(run) : null
  const moneyCount = moneyInWords ? chineseNumeralValue(moneyInWords[1] as string) : null
  if (moneyInWords && moneyCount !== null && moneyCount >= 1 && !isDigit(prev)) {
    const unit = matchUnit(norm, j)
    if (unit && !unit.mid && unit.cls === 'money' && !/^[万亿千百]/.test(unit.unit) && norm[unit.end] !== '的' && endsFigure(norm, unit.end)) {
      return add(moneyCount, `${moneyInWords[2]}${unit.unit}`, 'money', unit.end)
    }
  }
  // 到位资金突破一千亿元, 过货量突破一千万吨: a number in words and its magnitude after a word of reaching, before a unit, are
  // that amount as digits would be (1000 亿元), never a milestone alone.
  const withMagnitude = reached && !isDigit(prev) ? /^([一二两三四五六七八九十百千]{1,4})(万亿|亿|万)$/u.exec(run) : null
  const count = withMagnitude ? chineseNumeralValue(withMagnitude[1] as string) : null
  if (withMagnitude && count !== null && count >= 1) {
    const unit = matchUnit(norm, j)
    // (超千万美元（含增资）项目: a bracket after it opens the name of what the threshold bounds.)
    if (unit && !unit.mid && unit.cls !== 'pct' && unit.cls !== 'ppt' && !/^[万亿千百]/.test(unit.unit) && !/[的(]/u.test(norm[unit.end] ?? '') && endsFigure(norm, unit.end)) {
      return add(count, `${withMagnitude[2]}${unit.unit}`, unit.cls, unit.end)
    }
  }
  // 在校生突破万人, 近百家, 首破千万: a bare magnitude after a word of reaching counts the unit after it.
  const bare = BARE_COUNTS[run]
  if (bare && reached) {
    const [value, magnitude] = bare
    const unit = matchUnit(norm, j)
    if (unit && unit.cls === 'count' && !/^[万亿千百]/.test(unit.unit)) return add(value, `${magnitude}${unit.unit}`, 'count', unit.end)
    // 超百万的中心城市: a bare magnitude before 的 is a threshold of what follows.
    if (magnitude === '万' && value > 1 && norm[j] !== '的' && endsFigure(norm, j)) return add(value, magnitude, 'count', j)
  }
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(run)) return j
  if (norm[j] === '成' && value <= 10 && endsFigure(norm, j + 1)) return add(value * 10, '%', 'pct', j + 1)
  if (norm[j] === '倍') return add(value, '倍', 'times', j + 1)
  if (norm.startsWith('个百分点', j)) return add(value, '个百分点', 'ppt', j + 4)
  if (norm.startsWith('百分点', j)) return add(value, '个百分点', 'ppt', j + 3)
  if (run === '一' && norm[j] === '半') return add(50, '%', 'pct', j + 1)
  // 两次全面降准: a count in words, from two up, never 一次性, 二次会议 or the session of a body (八届八次全会); two times
  // is written 两次, and 二次 before a noun is "secondary" (二次供水, 二次创业).
  if (norm[j] === '次' && value >= 2 && run !== '二' && value <= 99 && !/[性会元产]/.test(norm[j + 1] ?? '') && prev !== '届' && !norm.startsWith('全会', j + 1) && !isRunLength(norm, i, '次')) {
    return add(value, '次', 'count', j + 1)
  }
  return j
}

/** Every figure token of the normalised text, in order. `original` keeps the characters as written. */
/** Characters that may start a figure or change the quote state; every other character is skipped at once. */
const TRIGGERS = new Set([...FIRST_PLACE_STARTS, '\n', '“', '”', '"', '《', '》', '翻', '倍', '第', '前', '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿'])

export function tokenizeFigures(norm: string, original: string): FigureToken[] {
  const s: Scan = { norm, original, out: [] }
  const n = norm.length
  let openQuote = -1
  let openBook = -1
  let i = 0
  while (i < n) {
    const ch = norm[i] as string
    if (!TRIGGERS.has(ch) && !isDigit(ch)) {
      i++
      continue
    }
    if (ch === '\n') {
      openQuote = -1
      openBook = -1
    } else if (ch === '“') openQuote = i
    else if (ch === '”') openQuote = -1
    else if (ch === '"') openQuote = openQuote >= 0 ? -1 : i
    else if (ch === '《') openBook = i
    else if (ch === '》') openBook = -1
    const quoted = (openQuote >= 0 && i - openQuote <= 20) || (openBook >= 0 && i - openBook <= 40)
    if (isDigit(ch)) {
      if (quoted) {
        i = readArabic(norm, original, i).end
        continue
      }
      i = Math.max(i + 1, arabicFigure(s, i))
      continue
    }
    // 翻番, 翻倍 (`近翻倍增长`), 翻一番, 翻了两番: doubled; also as the whole of a quote (`“翻番”`), which only stresses it.
    // 三公经费零增长, 违法建设“零增长”: no change, a growth of 0 % written in words.
    const doubling = ch === '翻' || ch === '倍' ? doublingAt(norm, i) : ch === '零' ? zeroGrowthAt(norm, i) : null
    const stressed = norm[i - 1] === '“' && norm[doubling?.end ?? i] === '”' && (QUOTE_THEN_END.test(norm[(doubling?.end ?? i) + 1] ?? '\n') || goalOfDoublingReached(norm, i, (doubling?.end ?? i) + 1))
    if (doubling && (!quoted || stressed)) {
      const [unit, cls]: [string, UnitClass] = doubling.value === 0 ? ['%', 'pct'] : ['倍', 'times']
      token(s, { start: i, value: doubling.value, high: null, unit, cls, written: original.slice(i, doubling.end), converted: true, mid: false }, doubling.end)
      i = doubling.end
      continue
    }
    if (quoted) {
      i++
      continue
    }
    if (isChineseNumeralChar(ch) && !isChineseNumeralChar(norm[i - 1])) {
      let j = i
      while (j < n && j - i < 12 && isChineseNumeralChar(norm[j])) j++
      i = Math.max(i + 1, chineseFigure(s, i, j))
      continue
    }
    if (FIRST_PLACE_STARTS.has(ch) || ch === '第') {
      const word = FIRST_PLACE_WORDS.find((w) => norm.startsWith(w, i))
      if (word && !MEASURES_OPENING_WITH_A_RANK.some((m) => norm.startsWith(m, i))) {
        token(s, { start: i, value: 1, high: null, unit: '位', cls: 'rank', written: original.slice(i, i + word.length), converted: true, mid: false }, i + word.length)
        i += word.length
        continue
      }
    }
    if (ch === '前' && (isDigit(norm[i + 1]) || isChineseNumeralChar(norm[i + 1]))) {
      i = topRank(s, i)
      continue
    }
    i++
  }
  return s.out
}

/** 前10位, 前十: the top N, read as rank N with qualifier 以内. */
function topRank(s: Scan, i: number): number {
  const { norm, original } = s
  let j = i + 1
  let value: number | null
  if (isDigit(norm[j])) {
    const num = readArabic(norm, original, j)
    j = num.end
    value = num.value
  } else {
    while (j < norm.length && j - i < 4 && isChineseNumeralChar(norm[j])) j++
    value = chineseNumeralValue(norm.slice(i + 1, j))
  }
  if (value === null || value < 2 || value > 1000) return j
  let e = j
  if (norm[e] === '位' || norm[e] === '名') e++
  if (!endsFigure(norm, e)) return j
  const tok = token(s, { start: i, value, high: null, unit: '位', cls: 'rank', written: original.slice(i, e), converted: !isDigit(norm[i + 1]), mid: false, top: true }, e)
  tok.post = '以内'
  return tok.end
}
