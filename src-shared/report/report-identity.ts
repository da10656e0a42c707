import { normalizeForAnalysis } from './normalize'
import { headPlace, speakerLineYear, unnamedLevel } from './speaker-line'
import { planSpansIn } from './words/periods'
import { headingCues, planYearsOfTitle } from './period'
import { yearsIn } from './period-format'
import { AUTONOMOUS_PREFECTURES, PHRASES_HOLDING_A_CITY, PREFECTURE_CITIES, PROVINCES, shortProvinceName } from './words/places'

/**
 * Which year a report is of (the plan year; its review is of the year before) and which place it governs.
 * Cues, strongest first: the speaker line (`——2024年2月29日…`), the title (`2024年政府工作报告`), the top
 * headings (`2023年工作回顾` → 2024, `2024年工作安排` → 2024, `“十四五”时期工作回顾` → 2026), then the text
 * (`刚刚过去的2025年` → 2026), for a report pasted without its head.
 */

/** Words of a heading that may name the work of the year reviewed or of the year ahead (`2013年主要工作`). */
const DONE_OR_TO_DO = /\d{4}年(?:的)?(?:政府)?主要工作$/
/** A heading naming a year and only work (`2013年的工作`, `2013年政府工作`): of the year reviewed or the year ahead. */
const PLAIN_YEAR_HEADING = /^\d{4}年(?:的)?(?:政府)?工作$/

/** The report year a top heading implies, or null. */
function yearFromHeading(rawTitle: string): number | null {
  const { text: t, review, plan, latestYear: y } = headingCues(rawTitle)
  if (y !== null) {
    if (review && !plan) return y + 1
    if (plan && !review) return y
    return null
  }
  // “十二五”重大成就及“十三五”主要目标: a review of one plan and the goals of the next are given at the first's end.
  const spans = planSpansIn(t)
  const [first, next] = [spans[0], spans[spans.length - 1]]
  if (review && plan && first && next && next[0] === first[1] + 1) return next[0]
  // `“十四五”开局起步之年的工作回顾`: a review of the plan's first year alone is given the year after it.
  const span = planYearsOfTitle(t)
  if (span) {
    if (review && !plan) return span[1] + 1
    if (plan && !review) return span[0]
  }
  return null
}

function isReview(rawTitle: string): boolean {
  const { review, plan } = headingCues(rawTitle)
  return review && !plan
}

/** The year a heading names with nothing but work (`2013年的工作`, `2013年政府工作`), or null. */
function plainYear(rawTitle: string): number | null {
  const { text, review, plan, latestYear } = headingCues(rawTitle)
  return !review && !plan && PLAIN_YEAR_HEADING.test(text) ? latestYear : null
}

export interface YearCues {
  title: string
  text: string
  /** The top-level headings' titles, in order. */
  headings: readonly string[]
}

export function reportYearOf({ title, text, headings }: YearCues): number | null {
  const spoken = speakerLineYear(text)
  if (spoken !== null) return spoken
  const ty = yearsIn(normalizeForAnalysis(title))
  if (ty.length > 0) return ty[0] as number
  // `过去五年工作回顾` then `2013年的工作`: a year named by a plain heading after a review is the year ahead.
  const years = headings.map((h, k) => yearFromHeading(h) ?? (k > 0 && headings.slice(0, k).some(isReview) ? plainYear(h) : null))
  const at = years.findIndex((y) => y !== null)
  if (at >= 0) {
    const y = years[at] as number
    // `一、2013年主要工作` then `二、2014年工作总体要求`: 主要工作 names the work done as well as the work to do; a later
    // heading that plans the next year says it was done.
    const done = DONE_OR_TO_DO.test(normalizeForAnalysis(headings[at] as string)) && years.slice(at + 1).includes(y + 1)
    return done ? y + 1 : y
  }
  const head = normalizeForAnalysis(text.slice(0, 2000))
  // A top heading run into its first paragraph on one line (`一、2011年工作回顾 过去一年，…`), so that no heading was
  // read: its words up to the first space still date the report as a heading would.
  for (const line of head.split('\n')) {
    const run = /^(?:一[、.])?\s*(\d{4}年[^\s,。]{2,16})\s+\S/.exec(line.trim())
    const y = run ? yearFromHeading(run[1] as string) : null
    if (y !== null) return y
  }
  const past = /(?:刚刚过去的|过去的|回顾)(\d{4})年/.exec(head)
  if (past) return Number(past[1]) + 1
  // The first paragraph under the first part opens with the year it reviews (`一、凝心聚力…` / `2022年是…之年。`).
  const opened = /^一[、.．][^\n]*\n\s*(\d{4})年(?:是|，|,|以来)/m.exec(head)
  if (opened) return Number(opened[1]) + 1
  return null
}

/**
 * The place: from the title (`2024年玉林市政府工作报告`), the speaker line or opening sentence (`我代表海拉尔区
 * 人民政府` → 海拉尔区, `我代表国务院` → 全国); when the head names only the level (`我代表省人民政府`), the
 * province the text names most.
 */
export function reportPlaceOf(title: string, text: string): string | null {
  const inTitle = /^(?:\d{4}年)?(.{2,16}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))(?:人民)?政府工作报告/.exec(title.trim())
  if (inTitle) return inTitle[1] as string
  const named = headPlace(text)
  // 在黔东南州第十五届人民代表大会…: a prefecture by its short name is the prefecture in full.
  if (named) return AUTONOMOUS_PREFECTURES.find(([, short]) => short === named)?.[0] ?? named
  const sample = text.slice(0, 50_000)
  const level = unnamedLevel(text) ?? cityByItsWords(sample)
  if (level === '省' || level === '自治区') return mostNamed(sample, PROVINCES.map((full) => [full, shortProvinceName(full)]), 3)
  // 我代表州人民政府: the prefecture whose name (文山州, or in full) the text uses.
  if (level === '州') return mostNamed(sample, AUTONOMOUS_PREFECTURES, 2)
  // 我代表市人民政府 after a head naming no city: the city the text names most, clearly (a city names its neighbours
  // and the cities of its province too; the four municipalities are cities here).
  if (level === '市') return mostNamed(withoutSetPhrases(sample), [...PREFECTURE_CITIES, ...MUNICIPALITIES], 5, 2)
  return null
}

/**
 * A report with no head to name its level (it opens on `一、过去四年工作回顾`) is a city's when it speaks of 全市 and
 * 我市 often, and more often than of a province, region or prefecture (a capital ranks itself in 全省 too).
 */
function cityByItsWords(text: string): string | null {
  const city = occurrences(text, '全市') + occurrences(text, '我市')
  const wider = ['全省', '我省', '全区', '我区', '全州', '我州'].reduce((n, w) => n + occurrences(text, w), 0)
  return city >= 5 && city > wider ? '市' : null
}

const MUNICIPALITIES = PROVINCES.filter((p) => p.endsWith('市')).map((full) => [full, shortProvinceName(full)] as const)

function withoutSetPhrases(text: string): string {
  return PHRASES_HOLDING_A_CITY.reduce((t, phrase) => t.split(phrase).join(''), text)
}

/**
 * The place of a list ([full name, short name]) the text names most, at least `least` times and `lead` times as often
 * as any other; else null.
 */
function mostNamed(text: string, places: readonly (readonly [string, string])[], least: number, lead = 1): string | null {
  let best: string | null = null
  let bestCount = 0
  let second = 0
  for (const [full, short] of places) {
    const count = occurrences(text, short) + (full.startsWith(short) ? 0 : occurrences(text, full))
    if (count > bestCount) {
      second = bestCount
      best = full
      bestCount = count
    } else if (count > second) second = count
  }
  return best && bestCount >= least && bestCount >= lead * second && (lead === 1 || bestCount > second) ? best : null
}

function occurrences(text: string, word: string): number {
  let count = 0
  for (let at = text.indexOf(word); at >= 0 && count < 1000; at = text.indexOf(word, at + word.length)) count++
  return count
}
