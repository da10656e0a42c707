/**
 * Words that name a time, relative to the report's own year Y (the plan year; the review is of Y − 1).
 * Words are data; period.ts reads them.
 */

/** A phrase and the years it covers, as [from, to] offsets from Y, and whether it names a goal. */
export interface RelativeTime {
  words: readonly string[]
  from: number
  to: number
  target: boolean
}

export const RELATIVE_TIMES: readonly RelativeTime[] = [
  { words: ['今后五年', '未来五年'], from: 0, to: 4, target: true },
  { words: ['过去五年', '五年来', '近五年', '五年累计', '五年间', '五年共', '五年内'], from: -5, to: -1, target: false },
  { words: ['今后三年', '未来三年'], from: 0, to: 2, target: true },
  { words: ['过去三年', '三年来', '三年累计'], from: -3, to: -1, target: false },
  { words: ['过去两年', '两年来'], from: -2, to: -1, target: false },
  { words: ['今明两年'], from: 0, to: 1, target: true },
  { words: ['今年以来'], from: 0, to: 0, target: false },
  { words: ['今年', '明年'], from: 0, to: 0, target: true },
  { words: ['去年', '过去一年', '上一年', '这一年', '一年来', '上年'], from: -1, to: -1, target: false },
]

/** The Nth five-year plan (“十四五”) spans 1971 + 5 (N − 4) … + 4, regular since the fourth. */
function fiveYearPlanSpan(n: number): [number, number] | null {
  if (!Number.isInteger(n) || n < 4 || n > 30) return null
  const from = 1971 + 5 * (n - 4)
  return [from, from + 4]
}

/** The ordinal in a five-year plan's name: 十四五 → 14, 十五五 → 15, 十三五 → 13, 十五 → 10, 九五 → 9. */
const FIVE_YEAR_PLAN_NAMES: Readonly<Record<string, number>> = {
  六五: 6, 七五: 7, 八五: 8, 九五: 9, 十五: 10,
  十一五: 11, 十二五: 12, 十三五: 13, 十四五: 14, 十五五: 15, 十六五: 16, 十七五: 17,
}

/**
 * A five-year plan's name. 十三五 is one whatever follows; the short names (十五, 九五) are also numbers (十五个,
 * 第十五届, 九五折), so they count only in quotes (`“十五”`) or before a word of a plan's time (`十五期间`, `九五末`).
 */
export const PLAN_NAME_SOURCE =
  '(?:十[一二三四五六七]五|(?<![第十百千零〇一二三四五六七八九\\d])(?:[六七八九]五|十五)(?=[”"’]|(?:计划)?(?:时期|期间|末|以来|规划|计划)))'
const PLAN_NAME = new RegExp(PLAN_NAME_SOURCE)

/** The five-year plan s names (`“十四五”时期工作回顾`, `“十五”期间`), as its span; null when it names none. */
export function planSpanIn(s: string): [number, number] | null {
  const m = PLAN_NAME.exec(s)
  const n = m ? FIVE_YEAR_PLAN_NAMES[m[0]] : undefined
  return n === undefined ? null : fiveYearPlanSpan(n)
}

/** Phrases that announce the year's goals (`主要预期目标是：`); `好于预期目标` does not. */
export const GOAL_ANNOUNCERS: readonly string[] = ['预期目标', '主要目标', '目标任务', '发展目标']
/** What follows an announcer when it announces: 是 / 为 / ： */
export const ANNOUNCER_FOLLOWERS = ['是', '为', ':', '：', '如下']

/** Section-title words of a review and of a plan. */
export const REVIEW_TITLE_WORDS = /回顾|成绩|过去|以来|进展|完成情况|执行情况/
export const PLAN_TITLE_WORDS = /安排|任务|目标|计划|建议|要求|展望|打算|思路|部署|重点工作|主要工作|政策取向/
