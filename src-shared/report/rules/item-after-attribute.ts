import type { Rule } from './types'

/** The first item of a list, right after the 的 that closes an attribute dropped before it (`…实施的主城区、`). */
const FIRST_ITEM = /的(\p{Script=Han}{2,8})$/u
/** The most words between the attribute's figure and the 、 after the first item (`实施的主城区`). */
const GAP_MAX = 16

/**
 * `投资1.27亿元实施的主城区、甲景区和乙组团绿化工程新增绿化面积66.3万平方米`: an amount read as an attribute (dropped)
 * closes with 的 before the first item of the subject's list, and the clause of the figure begins after that item's
 * 、; the first item is the subject's as much as the others are.
 */
export const itemAfterAttribute: Rule = {
  name: 'item-after-attribute',
  apply(st, ctx) {
    const { norm, sentence } = ctx
    const comma = st.clauseStart - 1
    if (st.dropped || sentence.droppedEnd < 0 || norm[comma] !== '、' || sentence.droppedEnd >= comma || comma - sentence.droppedEnd > GAP_MAX) return
    if (!st.drafts.every((d) => d.labelSource === 'subject' && d.quoteStart >= st.clauseStart)) return
    const item = FIRST_ITEM.exec(norm.slice(sentence.droppedEnd, comma))?.[1]
    if (!item) return
    for (const d of st.drafts) {
      d.label = `${item}、${d.label}`
      d.quoteStart = comma - item.length
    }
  },
}
