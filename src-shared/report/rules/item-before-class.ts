import type { Rule } from './types'

/**
 * `建成120个停车场、35处口袋公园、2.1万户燃气管网改造等民生实事`: the last count of a 、 series runs on into the class of
 * the whole series (`等民生实事…`); its own thing ends before 等 (燃气管网改造). Only in a series: alone, `3个县等地`
 * is read by the rules of examples.
 */
/** The 等 that ends examples, not one inside a word (`中等职业学校`, `高等级公路`, `一等奖`, `平等`, `等级`). */
const EXAMPLES_END = /(?<![中高初平同均对相一二三四特优上下超何])等(?![级奖次候待同于])/u

export const itemBeforeClass: Rule = {
  name: 'item-before-class',
  apply(st, ctx) {
    if (st.dropped || !ctx.sentence.previousStatement || ctx.norm[st.clauseStart - 1] !== '、') return
    for (const d of st.drafts) {
      if (d.labelSource !== 'noun') continue
      const at = EXAMPLES_END.exec(d.label)?.index ?? -1
      if (at >= 2) d.label = d.label.slice(0, at)
    }
  },
}
