import { WORKS_CLOSING_A_LIST } from '../words/verbs'
import type { Draft, Rule } from './types'

/** What joins two items of a list of counted things (`4万套棚户区、2700个老旧小区`). */
const ITEM_JOINS: readonly string[] = ['、', '和', '及', '以及', '与']

/**
 * A kind of work written once after a list of counted things is the work of each (`完成3万套棚户区、800户农村危房、
 * 120个老旧小区改造` → 棚户区改造, 农村危房改造, 老旧小区改造), as the label files name it. Only where the work closes
 * the last item's clause, and only for the items right before it, each with its own count, joined by 、, 和 or 及.
 */
export const workOverList: Rule = {
  name: 'work-over-list',
  apply(st, ctx) {
    if (st.dropped || !st.noun || st.counted === undefined) return
    const last = st.drafts[0]
    if (!last || last.labelSource !== 'noun') return
    const end = st.noun.end
    const work = WORKS_CLOSING_A_LIST.find((w) => last.label.endsWith(w) && ctx.norm.slice(end - w.length, end) === w)
    if (!work) return
    if (!/^(?:[,，;；。:：!！?？\n]|$)/.test(ctx.norm.slice(end, end + 1))) return
    let next = st.tokens[0]?.start ?? st.clauseStart
    const earlier = ctx.sentence.figures
    for (let i = earlier.length - 1; i >= 0; i--) {
      const d: Draft | undefined = earlier[i]
      if (!d || st.drafts.includes(d)) continue
      if (d.labelSource !== 'noun' || (d.token.cls !== 'count' && d.token.cls !== 'measure')) break
      if (!ITEM_JOINS.includes(ctx.norm.slice(d.quoteEnd, next))) break
      if (!WORKS_CLOSING_A_LIST.some((w) => d.label.endsWith(w))) d.label += work
      next = d.token.start
    }
  },
}
