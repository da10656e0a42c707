import { EXPLANATION_MARKERS, GOALS_BEFORE_EXPLANATION, PURPOSE_AFTER_EXPLANATION } from '../words/periods'
import type { Rule } from './types'

/** How far back in its sentence an explanation opens the reasons a figure is one of (a sentence may run long). */
const REACH = 120

/**
 * A sentence that explains what a place has going for it (`活力足主要是我省…，实时人口1.5亿左右，…`) states facts, not
 * goals: in a plan its figures describe the plan year, as a premise does (premise.ts). A purpose (`主要是为了…减少税负`)
 * is a goal still, and so is a list of indicators it announces (`预期性指标主要是：地区生产总值增长7.5%`).
 */
export const explainedState: Rule = {
  name: 'explained-state',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first) return
    const before = ctx.norm.slice(Math.max(ctx.sentence.start, first.start - REACH), first.start)
    const explains = EXPLANATION_MARKERS.some((w) => {
      const at = before.indexOf(w)
      if (at < 0 || GOALS_BEFORE_EXPLANATION.some((g) => before.endsWith(g, at))) return false
      return !PURPOSE_AFTER_EXPLANATION.some((p) => before.startsWith(p, at + w.length))
    })
    if (!explains) return
    for (const d of st.drafts) d.periodHint = { ...d.periodHint, fact: true }
  },
}
