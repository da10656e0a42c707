import type { Rule } from './types'

/** A comparison with a wider area right before the figure: `高于全区`, `比全国平均水平高`, `快于全省`. */
const GAP = /(高于|低于|快于|慢于|高出|超出|领先|比)(全国|全省|全区|全市|全州|全县)(平均水平|平均)?(高|低|快|慢)?$/

/**
 * The gap to a wider area is a figure of its own: `工业用电量增长22.7%，高于全区9.6个百分点` → 工业用电量增速高于全区,
 * not a second 工业用电量. The label says what is compared (the growth of the figure before, when the clause
 * names nothing) and with what.
 */
export const comparisonGap: Rule = {
  name: 'comparison-gap',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || (first.cls !== 'ppt' && first.cls !== 'pct')) return
    const gap = GAP.exec(ctx.norm.slice(st.clauseStart, first.start))
    if (!gap) return
    const before = ctx.sentence.previous[ctx.sentence.previous.length - 1]
    const [, verb = '', area = '', average = '', direction = '高'] = gap
    const compared = verb === '比' ? `比${area}${average}${direction}` : verb + area + average
    for (const d of st.drafts) {
      // The clause names nothing but the comparison (`比全国平均水平高1.2个百分点`): it is about the figure before.
      const carried = d.labelSource === 'context' || d.labelSource === 'context-far'
      // 森林覆盖率高于全省平均水平2.5个百分点: the clause names what it compares; without the comparison the gap
      // would read as the rate's own rise.
      const own = gap.index > 0 && d.labelSource === 'subject' && d.label !== '' && !d.label.endsWith(compared)
      const base = carried || own ? d.label : GAP.test(d.label) && gap.index === 0 ? (before?.label ?? '') : ''
      if (!base) continue
      const rate = base === before?.label && before.kind === 'growth' ? (before.rate ?? '增速') : ''
      d.label = base + rate + compared
      if (!own) d.labelSource = 'context'
      d.kind = 'change'
    }
  },
}
