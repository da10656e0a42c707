import { LABEL_QUARTERS, LABEL_SPANS_AFTER, STATES_OPENING_WITH_ZAI } from '../words/labels'

/**
 * Time words left in a label say when, not what (the period is period.ts's business):
 *   `3月份规模以上工业企业复工率`   → 规模以上工业企业复工率  (a month before the subject, or after it: `利润1-11月`, `浓度比1月份`)
 *   `一季度` / `生产总值前三季度`    → '' / 生产总值           (a quarter or half year, before or after it)
 *   `单位GDP能耗五年`, `存款余额5年`  → 单位GDP能耗, 存款余额  (a span after it)
 *   `某某新区年内投资`             → 某某新区投资            (年内 anywhere, `在两年内` with it)
 *   `地区生产总值一季度受疫情影响`   → 地区生产总值            (a quarter and what hit it)
 *   `工业投资在区划调整后`          → 工业投资               (since or after what, an aside)
 * A label that is only a time word stays (a later figure may carry it) and is vague (confidence.ts flags it).
 */
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')
const QUARTERS = alternation(LABEL_QUARTERS)
const MONTH = '\\d{1,2}(?:[-—－~～]\\d{1,2})?月份?'
const BEFORE = new RegExp(`^(?:${MONTH}|${QUARTERS})(?=.)`, 'u')
/** `各项贷款余额5年增长…`: a span written in digits; but not a year (比2010年) nor part of a longer number (三十年). */
const SPAN_IN_DIGITS = '(?<!\\d)\\d{1,2}年'
const AFTER = new RegExp(`(?<=.{2})(?<![\\d一二两三四五六七八九十])(?:${QUARTERS}|${alternation(LABEL_SPANS_AFTER)}|${SPAN_IN_DIGITS}|(?:比|较)?${MONTH})$`, 'u')
const ONLY = new RegExp(`^(?:${MONTH}|${QUARTERS}|${alternation(LABEL_SPANS_AFTER)})$`, 'u')
/** `年内` anywhere, with the years it counts and an 在 before them (`市级在两年内配套`: not 在两配套). */
const WITHIN_YEAR = /(?<=.{2})(?:在?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个?)?年内(?=.)/u
/**
 * A year written after the subject (`森林覆盖率2025年达到…`, `地区生产总值2015年为…`, `一般公共预算收入是2010年的2.3倍`,
 * `城乡居民收入均比2010年翻一番`, `经济总量自2016年起稳居…`): when, or the year compared with, is the period's business.
 * Not after 到, 从, 由 (`提高到2016年`: the subject is elsewhere).
 */
const YEAR_AFTER = /(?<=[\u4e00-\u9fff)]{2})(?<![到从由前的])(?:分别|均)?(?:是|在|比|较|为|自)?(?:19|20)\d{2}年(?:的|底|末|初|起|以来)?$/u

/**
 * What opens an aside: 在, 自 or 从, but not a state that opens with 在 (`在建调味品项目全部投产后年产量`: the works' output once
 * done, not a time) nor 从业 (a word).
 */
function asideOpening(): string {
  return `(?:在(?!${STATES_OPENING_WITH_ZAI.map((w) => w.slice(1)).join('|')})|自|从(?!业))`
}

/**
 * A time aside after the subject (`工业投资在区划调整后`, `本科上线人数自撤县设区以来`, `财政收入从新区成立之后`): since or after
 * what the figure is told, the story's business, not the label's. Only at the end, after a subject of two characters or
 * more, and not through a 的 (a relative clause names the thing).
 */
const ASIDE_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff”)]{2})${asideOpening()}[^,，、;；。的]{2,12}?(?:之后|以后|以来|后)$`, 'u')

/**
 * The same aside at a label's head (`在区划调整后工业投资`, `自撤县设区以来城镇人口`): it goes, unless a relative clause follows
 * (`自2016年以来新增的市场主体`: the time is part of the noun phrase) or 后 opens a word (`后续`, `后期`).
 */
export const ASIDE_BEFORE = new RegExp(
  `^${asideOpening()}[^,，、;；。的]{2,12}?(?:之后|以后|以来|后(?![续期勤备方台劲发]))(?![\\u4e00-\\u9fff]{1,4}的)(?=[\\u4e00-\\u9fff“]{2})`,
  'u',
)

/**
 * The circumstances or the base after the subject (`地方一般公共预算收入在更大规模减税降费的情况下`, `部门一般性支出在年初预算`,
 * `…在上年基础上`): under what, or against what, the figure is told; no part of what it measures.
 */
const CIRCUMSTANCE_AFTER = /(?<=[\u4e00-\u9fff”)]{2})在(?:[^,，、;；。]{2,16}?的?(?:情况|背景|形势|条件|前提)下|[^,，、;；。的]{0,10}?基础上|年初预算|上年|去年)$/u

/** `地区生产总值一季度受疫情影响`: a quarter and what hit it, after the subject (`…下降8.5%`). */
const QUARTER_HIT = new RegExp(`(?<=.{2})(?:${QUARTERS})受.{1,16}影响$`, 'u')

export function stripLabelTimes(label: string): string {
  if (ONLY.test(label)) return label
  return label.replace(BEFORE, '').replace(QUARTER_HIT, '').replace(CIRCUMSTANCE_AFTER, '').replace(ASIDE_AFTER, '').replace(YEAR_AFTER, '').replace(AFTER, '').replace(WITHIN_YEAR, '')
}

/** `一季度`, `上半年`, `3月份`, `五年`: a label that says only when. */
export function isTimeOnlyLabel(label: string): boolean {
  return ONLY.test(label)
}
