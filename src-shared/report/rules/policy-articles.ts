import { ARTICLE_UNIT, POLICY_GOALS, POLICY_NOUNS } from '../words/units'
import type { Rule } from './types'

/** Per sentence, where the last count of articles dropped ends (the next item of its list follows a 、 there). */
const articlesEnd = new WeakMap<object, number>()

/** How far after the count of articles the policies it is an example of are looked for (`等各项稳就业政策`). */
const POLICY_EXAMPLE_REACH = 14
/** 等 after the count, then the words up to the clause's end. */
const EXAMPLES_OF = /^等([^,，。;；:：\d]*)/u

/** How many characters a policy noun may carry before it (`具体措施`, `配套政策`, `接续政策`). */
const POLICY_NOUN_REACH = 4

/**
 * A count of a policy's articles is its name, no figure: `落实好全省20条措施`, `我省31条政策`, `出台实施稳经济58条`,
 * `推出优化营商环境100条、奶业振兴9条、…` (the items after the first of such a list too), `落实稳就业22条等政策`
 * (an example of the policies named after 等). Lines counted in 条
 * (`打通断头路20条`, `国际航线达到60条`) stay figures.
 */
export const policyArticles: Rule = {
  name: 'policy-articles',
  apply(st, ctx) {
    if (st.dropped || st.shape === 'from-to' || !st.tokens.every((t) => t.unit === ARTICLE_UNIT)) return
    const first = st.tokens[0]
    if (!first) return
    // 落实稳就业22条等各项政策: articles an example of the policies named after 等 are the policy's name.
    const last = st.tokens[st.tokens.length - 1] ?? first
    const after = ctx.norm.slice(last.unitEnd, last.unitEnd + POLICY_EXAMPLE_REACH).replace(/[“”"]/g, '')
    const policiesAfter = EXAMPLES_OF.exec(after)
    if (policiesAfter && POLICY_NOUNS.some((w) => (policiesAfter[1] ?? '').includes(w))) {
      st.dropped = true
      return
    }
    if (st.tail === 'noun' && st.noun) {
      const noun = ctx.norm.slice(st.noun.start, st.noun.end).replace(/[“”"]/g, '')
      if (POLICY_NOUNS.some((w) => noun.endsWith(w) && noun.length <= w.length + POLICY_NOUN_REACH)) st.dropped = true
      return
    }
    const before = ctx.norm.slice(st.clauseStart, first.start).replace(/[“”"]/g, '')
    const end = articlesEnd.get(ctx.sentence)
    const afterArticles = end !== undefined && st.clauseStart === end + 1 && ctx.norm[end] === '、'
    if (POLICY_GOALS.some((w) => before.endsWith(w)) || afterArticles) {
      st.dropped = true
      articlesEnd.set(ctx.sentence, st.tokens[st.tokens.length - 1]?.end ?? first.end)
    }
  },
}
