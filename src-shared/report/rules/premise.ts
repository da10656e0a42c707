import { DUTY_OPENERS, STATE_VERBS } from '../words/verbs'
import { DELIMS } from './clause'
import type { Rule } from './types'

const REACH = 30

/**
 * A state the sentence goes on to act on is a fact, not a goal: `今年高校毕业生达874万人，要促进…`,
 * `全国近3亿人领取养老金，必须确保按时足额发放`, `我国有2.9亿在校学生，要…`. In a plan it describes the plan year;
 * it is never that year's target. An action (`高职院校扩招200万人，要使…`) stays a goal.
 */
export const premise: Rule = {
  name: 'premise',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single') return
    const state = st.pre.verbWord !== null ? STATE_VERBS.includes(st.pre.verbWord) : st.pre.qualifier !== null
    if (!state || st.pre.aspiration) return
    const { norm } = ctx
    let k = Math.max(st.tokens[0]?.end ?? 0, st.noun?.end ?? 0)
    const limit = Math.min(norm.length, k + REACH)
    while (k < limit && !DELIMS.has(norm[k] as string)) k++
    if (norm[k] !== ',') return
    const next = norm.slice(k + 1, k + 4)
    if (!DUTY_OPENERS.some((w) => next.startsWith(w))) return
    for (const d of st.drafts) d.periodHint = { ...d.periodHint, fact: true }
  },
}
