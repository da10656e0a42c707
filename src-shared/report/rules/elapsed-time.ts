import { ELAPSED_TIME_UNITS, WITHIN } from '../words/units'
import type { Rule } from './types'

/** How many characters may stand before such a time at the head of its clause (`震后`, `灾后`). */
const LEAD_REACH = 2
/** The preposition that may open such a time (`在6小时内`). */
const LEADING_AT = '在'

/**
 * `6天内受灾群众全部转移`, `震后2小时内道路抢通`, `在24小时内恢复通车`: a time within which something was done, at the head of its clause,
 * says when; it is no figure. A time a verb sets (`办结时间压缩至3天内`) stays one.
 */
export const elapsedTime: Rule = {
  name: 'elapsed-time',
  apply(st, ctx) {
    const only = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || !only || !ELAPSED_TIME_UNITS.includes(only.unit)) return
    // 在24小时内保障了线路畅通: 在 before the time only says when, like 震后.
    if (!ctx.norm.startsWith(WITHIN, only.end) || (st.pre.verb !== null && st.pre.verbWord !== LEADING_AT)) return
    if (only.start - st.clauseStart > LEAD_REACH) return
    st.dropped = true
  },
}
