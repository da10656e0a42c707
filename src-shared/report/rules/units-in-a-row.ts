import type { Rule } from './types'

/**
 * Two or more figures of one thing in different units: `农村贫困人口96户、183人`, `老城区8条、12.3公里道路提升
 * 改造`, `120户356人`. They are not a list to pair (list-pairing leaves them), so each takes the one label of the
 * clause, with the measure an item names (`完成65条、总长度57.9公里的城市道路新建改造` → …改造总长度); the quote
 * holds them all.
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
    // Labels of their own (稳定脱贫户数, 稳定脱贫人数) stay.
    if (new Set(st.drafts.map((d) => d.label)).size > 1 && st.drafts.every((d) => d.label !== '')) return
    st.drafts.forEach((d, k) => {
      d.label = first.label + (first.label ? (st.itemMeasures.get(k) ?? '') : '')
      d.labelSource = first.labelSource
      d.quoteStart = Math.min(d.quoteStart, first.quoteStart)
      d.quoteEnd = Math.max(d.quoteEnd, last.end)
    })
  },
}
