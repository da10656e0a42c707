import type { Rule } from './types'

/**
 * Two or more figures of one thing in different units: `农村贫困人口96户、183人`, `老城区8条、12.3公里道路提升
 * 改造`, `120户356人`. They are not a list to pair (list-pairing leaves them), so each takes the one label of the
 * clause; the quote holds them all.
 */
export const unitsInARow: Rule = {
  name: 'units-in-a-row',
  apply(st) {
    if (st.dropped || st.shape !== 'list') return
    const units = new Set(st.tokens.map((t) => t.unit))
    if (units.size < 2 || st.listPre.respectively) return
    const first = st.drafts[0]
    const last = st.tokens[st.tokens.length - 1]
    if (!first || !last) return
    for (const d of st.drafts) {
      d.label = first.label
      d.labelSource = first.labelSource
      d.quoteStart = Math.min(d.quoteStart, first.quoteStart)
      d.quoteEnd = Math.max(d.quoteEnd, last.end)
    }
  },
}
