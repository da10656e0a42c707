import { PAST_MARKERS } from '../words/periods'
import { DELIMS } from './clause'
import type { Rule } from './types'

/** How far back in its clause a marker is looked for. */
const REACH = 40

/**
 * A figure whose clause says it has already happened (`房地产开发土地购置面积同比下降12%`, `全市已建成充电桩
 * 3000个`) is a fact, not a goal, even inside a part on the goals of the years ahead (a five-year plan's part that
 * opens with the difficulties of the year reviewed). period.ts dates it to the year before the goals' span.
 */
export const pastFact: Rule = {
  name: 'past-fact',
  apply(st, ctx) {
    if (st.dropped) return
    const { norm } = ctx
    const end = st.tokens[0]?.start ?? 0
    let k = end - 1
    const floor = Math.max(0, end - REACH)
    while (k >= floor && !DELIMS.has(norm[k] as string)) k--
    const clause = norm.slice(k + 1, end)
    if (!PAST_MARKERS.some((w) => clause.includes(w))) return
    for (const d of st.drafts) d.periodHint = { ...d.periodHint, past: true }
  },
}
