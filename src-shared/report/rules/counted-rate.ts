import { SHARE_WORDS } from '../words/labels'
import type { Rule } from './types'

/** Share words that end the name of a rate (指数, 强度 and a bare 比 name other things after a count). */
export const RATE_ENDINGS = SHARE_WORDS.filter((w) => w !== '指数' && w !== '强度' && w !== '比')

/**
 * `7个考核断面优良水体比例、…达标率均为100%`: a count before the name of a rate says over how many things the rate
 * is taken; it is part of the rate's name, no figure, and the clause before it still names the rate the percentage
 * after it measures.
 */
export const countedRate: Rule = {
  name: 'counted-rate',
  apply(st, ctx) {
    const count = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || count?.cls !== 'count' || st.tail !== 'noun' || !st.noun) return
    if (st.following?.cls !== 'pct' || st.nounThenFigure) return
    const noun = ctx.norm.slice(st.noun.start, st.noun.end)
    if (!RATE_ENDINGS.some((w) => noun.endsWith(w))) return
    // The percentage belongs to the same clause or list: nothing but names, 、 and words without a stop between.
    if (/[,;。!?:\n]/.test(ctx.norm.slice(st.noun.end, st.following.start))) return
    st.dropped = true
    st.transparent = true
  },
}
