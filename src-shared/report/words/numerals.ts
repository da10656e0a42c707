/**
 * Chinese numerals: 一 … 九, 两, 零/〇, and the multipliers 十 百 千 万 亿 (`三千二百`, `十五`, `两万`).
 * Words are data; readChineseNumeral is the one reader.
 */

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 }

const NUMERAL_CHARS = new Set([...Object.keys(CN_DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)])
const SMALL_NUMERAL_CHARS = new Set([...Object.keys(CN_DIGITS), ...Object.keys(SMALL_UNITS)])

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch)
}

/** Digits and 十/百/千 only (no 万/亿): what may stand before a unit such as 成, 倍, 次, 个百分点. */
export function isSmallNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && SMALL_NUMERAL_CHARS.has(ch)
}

/**
 * The value of a run of Chinese numerals, or null when the run is not a well-formed number
 * (`十五` → 15, `三千二百` → 3200, `两万` → 20000, `一二` → null).
 */
export function chineseNumeralValue(run: string): number | null {
  if (run.length === 0 || run.length > 12) return null
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const ch of run) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null // 一二: not a number
      digit = CN_DIGITS[ch] as number
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * (SMALL_UNITS[ch] as number)
      digit = null
    } else if (ch in BIG_UNITS) {
      section += digit ?? 0
      if (section === 0) section = 1
      total += section * (BIG_UNITS[ch] as number)
      section = 0
      digit = null
    } else return null
  }
  return total + section + (digit ?? 0)
}

/** 首位 / 第一 words for a rank of 1. */
export const FIRST_PLACE_WORDS: readonly string[] = ['首位', '榜首', '之首', '第一位', '第一名']

/**
 * Words that open with a rank word but name a measure (`城市首位度提高到32%`: the primacy ratio, the share of the
 * province's output its capital holds): no rank is read there.
 */
export const MEASURES_OPENING_WITH_A_RANK: readonly string[] = ['首位度']

/** No growth, written in words (`能耗零增长`): a growth of 0 %. */
export const ZERO_GROWTH = '零增长'

/** What 零增长 says has stopped rather than grown by 0 % (`本土确诊病例“零增长”`): no figure. */
export const ZERO_GROWTH_NOT_A_RATE: readonly string[] = ['病例']
