import { DEEDS } from '../words/labels'
import { cleanLabel } from './clause'
import type { Rule } from './types'

/**
 * A count of things that then did something with a figure of its own: `23个重点项目完成投资1200亿元`,
 * `45个市级重点项目实现产值380亿元`. The things counted are the clause's subject, so the count is a figure (not an
 * attribute of the noun before the next figure) and the clause stays whole for the figure they did (→ 重点项目投资).
 */
export const countedDoers: Rule = {
  name: 'counted-doers',
  apply(st, ctx) {
    if (st.dropped || !st.nounThenFigure || !st.noun || st.tokens[st.tokens.length - 1]?.cls !== 'count') return
    const noun = ctx.norm.slice(st.noun.start, st.noun.end)
    const deed = DEEDS.find((w) => noun.endsWith(w) && noun.length > w.length + 1)
    if (!deed) return
    st.nounThenFigure = false
    for (const d of st.drafts) {
      d.label = cleanLabel(noun.slice(0, -deed.length))
      d.labelSource = 'subject'
      d.quoteEnd = st.noun.end - deed.length
    }
  },
}
