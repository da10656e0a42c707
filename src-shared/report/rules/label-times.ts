import { LABEL_QUARTERS, LABEL_SPANS_AFTER } from '../words/labels'

/**
 * Time words left in a label say when, not what (the period is period.ts's business):
 *   `3月份规模以上工业企业复工率`   → 规模以上工业企业复工率  (a month before the subject)
 *   `一季度` / `生产总值前三季度`    → '' / 生产总值           (a quarter or half year, before or after it)
 *   `单位GDP能耗五年`, `存款余额5年`  → 单位GDP能耗, 存款余额  (a span after it)
 *   `某某新区年内投资`             → 某某新区投资            (年内 anywhere)
 *   `地区生产总值一季度受疫情影响`   → 地区生产总值            (a quarter and what hit it)
 * A label that is only a time word stays (a later figure may carry it) and is vague (confidence.ts flags it).
 */
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')
const QUARTERS = alternation(LABEL_QUARTERS)
const MONTH = '\\d{1,2}(?:[-—－~～]\\d{1,2})?月份?'
const BEFORE = new RegExp(`^(?:${MONTH}|${QUARTERS})(?=.)`, 'u')
/** `各项贷款余额5年增长…`: a span written in digits; but not a year (比2010年) nor part of a longer number (三十年). */
const SPAN_IN_DIGITS = '(?<!\\d)\\d{1,2}年'
const AFTER = new RegExp(`(?<=.{2})(?<![\\d一二两三四五六七八九十])(?:${QUARTERS}|${alternation(LABEL_SPANS_AFTER)}|${SPAN_IN_DIGITS})$`, 'u')
const ONLY = new RegExp(`^(?:${MONTH}|${QUARTERS}|${alternation(LABEL_SPANS_AFTER)})$`, 'u')
const WITHIN_YEAR = /(?<=.{2})年内(?=.)/u
/**
 * A year written after the subject (`森林覆盖率2025年达到…`, `地区生产总值2015年为…`, `一般公共预算收入是2010年的2.3倍`,
 * `城乡居民收入均比2010年翻一番`, `经济总量自2016年起稳居…`): when, or the year compared with, is the period's business.
 * Not after 到, 从, 由 (`提高到2016年`: the subject is elsewhere).
 */
const YEAR_AFTER = /(?<=[\u4e00-\u9fff)]{2})(?<![到从由前的])(?:分别|均)?(?:是|在|比|较|为|自)?(?:19|20)\d{2}年(?:的|底|末|初|起|以来)?$/u

/** `地区生产总值一季度受疫情影响`: a quarter and what hit it, after the subject (`…下降8.5%`). */
const QUARTER_HIT = new RegExp(`(?<=.{2})(?:${QUARTERS})受.{1,16}影响$`, 'u')

export function stripLabelTimes(label: string): string {
  if (ONLY.test(label)) return label
  return label.replace(BEFORE, '').replace(QUARTER_HIT, '').replace(YEAR_AFTER, '').replace(AFTER, '').replace(WITHIN_YEAR, '')
}

/** `一季度`, `上半年`, `3月份`, `五年`: a label that says only when. */
export function isTimeOnlyLabel(label: string): boolean {
  return ONLY.test(label)
}
