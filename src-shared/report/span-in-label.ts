import { mapCode } from './normalize'
import { parsePeriod } from './period-format'
import { SPAN_COUNTS } from './words/periods'

/** What may follow the N years at a label's head and still leave them a span (`5年内`, `3年间`, `5年累计`, `5年共`). */
const SPAN_TAILS = ['内', '间', '来', '累计', '共计', '共']
/**
 * What after `N年` makes it part of a name, not the time the figure covers: `九年义务教育`, `二年级`, `5年以上`,
 * `3年期`, `5年制`, `三年行动`, `三年规划`, `三年计划`, `两年一次`.
 */
const NOT_A_SPAN_AFTER = /^(?:级|以上|以下|以内|前|后|度|底|末|初|的|义务|期|制|行动|规划|计划|攻坚|一次|一届)/u

const SPANS = new Map<string, number>(SPAN_COUNTS.flatMap(({ written, n }) => written.map((w) => [`${w}年`, n] as const)))

/**
 * A span of N years at a label's head when the figure's period is a span of N years
 * (`5年政府投资2852亿元`, `3年城镇累计新增就业` in a review of the years they name): the period says it, and the label
 * files name the thing alone (`政府投资`, dated 2011-2015). Kept when the period is one year or another span
 * (`三年投入25.9亿元` dated to the year read: the label is all that says the sum is of three years).
 */
export function withoutSpanOfPeriod(label: string, period: string | null): string {
  const p = parsePeriod(period)
  if (p === null || p.to === p.from) return label
  const years = p.to - p.from + 1
  // (Full-width digits, `５年`, read as their half-width selves: one character each, so the lengths agree.)
  const read = label.replace(/^[０-９]+/u, (d) => String.fromCharCode(...[...d].map((c) => mapCode(c.charCodeAt(0)))))
  for (const [words, n] of SPANS) {
    if (n !== years || !read.startsWith(words)) continue
    let rest = label.slice(words.length)
    if (NOT_A_SPAN_AFTER.test(rest)) return label
    const tail = SPAN_TAILS.find((t) => rest.startsWith(t))
    if (tail !== undefined) rest = rest.slice(tail.length)
    return rest.length >= 2 && /^[\u4e00-\u9fff]/u.test(rest) ? rest : label
  }
  return label
}
