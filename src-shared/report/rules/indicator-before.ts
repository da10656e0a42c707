import { INDICATORS, indicatorOf } from '../indicators'
import { SCOPE_PREFIXES } from '../words/labels'
import type { Rule } from './types'

/** Words after the name that make the figure a measure of the indicator (a share, a rank, a speed). */
const ANOTHER_MEASURE = /占|比重|比例|率|贡献|增速|增幅|排名|位次|居|列/u

/** Every name of a standard indicator, longest first. */
const NAMES = (INDICATORS as readonly { name: string; synonyms: readonly string[] }[])
  .flatMap((d) => [d.name, ...d.synonyms])
  .sort((a, b) => b.length - a.length)

/**
 * A sentence that names a standard indicator in a clause of its own before its figures: `全市地区生产总值再上新台阶，
 * 达到4015亿元，增长5.8%` → 地区生产总值 for both. Only a standard indicator's full name at the head of the sentence
 * counts (after a scope such as 全市), so a clause about anything else never lends its words to a figure.
 */
export const indicatorBefore: Rule = {
  name: 'indicator-before',
  apply(st, ctx) {
    if (st.dropped || ctx.sentence.subject || st.drafts.some((d) => d.label !== '')) return
    if (st.clauseStart <= ctx.sentence.start) return
    let head = ctx.norm.slice(ctx.sentence.start, st.clauseStart).replace(/^[\s“”"]+/u, '')
    const scope = SCOPE_PREFIXES.find((p) => head.startsWith(p))
    if (scope) head = head.slice(scope.length)
    const name = NAMES.find((n) => head.startsWith(n))
    if (!name || indicatorOf(name) === null) return
    // 地区生产总值占全省比重提高，达到15%: the clause names a measure of the indicator, not the indicator itself.
    if (ANOTHER_MEASURE.test(head.slice(name.length))) return
    for (const d of st.drafts) {
      d.label = name
      d.labelSource = 'context'
    }
    ctx.sentence.subject = name
  },
}
