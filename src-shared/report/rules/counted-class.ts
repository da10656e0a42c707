import { ATTRIBUTE_MEASURES } from '../words/labels'
import { cleanLabel, nounAfter } from './clause'
import type { Rule } from './types'

/**
 * A count of a class of things bounded by their size: `301个投资500万元以上技改项目`,
 * `8个建筑面积1万平方米以上的标准化厂房`. The class, bound included, is the label; the bound is no figure of its
 * own (it is part of the name the count before it was given).
 */
export const countedClass: Rule = {
  name: 'counted-class',
  apply(st, ctx) {
    if (st.dropped || st.shape === 'from-to') return
    const start = st.tokens[0]?.start
    const named = ctx.sentence.previous[0]
    if (ctx.sentence.previousStatement?.nounThenFigure && named?.labelSource === 'noun' && start !== undefined && named.quoteEnd > start) {
      st.dropped = true
      return
    }
    const count = st.tokens[st.tokens.length - 1]
    const bound = st.following
    if (!st.nounThenFigure || !st.noun || count?.cls !== 'count' || !bound || bound.post === null) return
    if (!ATTRIBUTE_MEASURES.includes(ctx.norm.slice(st.noun.start, st.noun.end))) return
    const things = nounAfter(ctx.norm, bound.end)
    if (!things || things.start > bound.end + 1) return
    for (const d of st.drafts) {
      d.label = cleanLabel(ctx.norm.slice(st.noun.start, things.end)).replace(/的/g, '')
      d.labelSource = 'noun'
      d.quoteEnd = things.end
    }
  },
}
