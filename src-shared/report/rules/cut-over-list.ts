import { CUT_VERBS } from '../words/verbs'
import type { Rule, Statement } from './types'

/** The clause is led by a verb of cutting before its object (`压减办事时限…`). */
const ledByCut = (pre: Statement['pre']): boolean => pre.verbLeads && pre.verbWord !== null && CUT_VERBS.includes(pre.verbWord)

/**
 * A verb of cutting that leads a list reaches every item of it: `压减省部级以下论坛、节庆、展会活动58%` (the object a
 * series) and `压减办事时限49.4%、环节20.8%` (the next item after 、) are falls, as the first item is.
 */
export const cutOverList: Rule = {
  name: 'cut-over-list',
  apply(st, ctx) {
    if (st.dropped || st.pre.verb !== null || st.drafts.some((d) => d.token.cls !== 'pct')) return
    const previous = ctx.sentence.previousStatement
    // …、环节20.8%、材料26.5%: an item after one the cut reached is reached too.
    const previousCut = st.afterListComma && previous !== null && (ledByCut(previous.pre) || previous.afterListComma) && previous.drafts.every((d) => d.kind === 'growth' && d.value < 0)
    if (!ledByCut(st.listPre) && !previousCut) return
    for (const d of st.drafts) {
      d.kind = 'growth'
      d.value = -Math.abs(d.value)
      d.reasons.delete('kind-guessed')
    }
  },
}
