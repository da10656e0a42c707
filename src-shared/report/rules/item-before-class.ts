import type { Rule } from './types'

/**
 * `建成120个停车场、35处口袋公园、2.1万户燃气管网改造等民生实事`: the last count of a 、 series runs on into the class of
 * the whole series (`等民生实事…`); its own thing ends before 等 (燃气管网改造). Only in a series: alone, `3个县等地`
 * is read by the rules of examples.
 */
/** The 等 that ends examples, not one inside a word (`中等职业学校`, `高等级公路`, `一等奖`, `平等`, `等级`). */
const EXAMPLES_END = /(?<![中高初平同均对相一二三四特优上下超何甲乙丙])等(?![级奖次候待同于])/u

export const itemBeforeClass: Rule = {
  name: 'item-before-class',
  apply(st, ctx) {
    if (st.dropped || st.silent || st.sizeInName || !ctx.sentence.previousStatement || ctx.norm[st.clauseStart - 1] !== '、') return
    for (const d of st.drafts) {
      if (d.labelSource !== 'noun') continue
      const at = EXAMPLES_END.exec(d.label)?.index ?? -1
      if (at < 2) continue
      // The 等 right after the thing counted (`2.1万户燃气管网改造等`), not one before the count (`某某等企业建设6个工厂`)
      // nor after an attribute (`投资10亿元的某某等项目`: the figure is the projects' investment).
      const after = ctx.norm.slice(d.token.end, ctx.norm.indexOf('等', d.token.end)).replace(/[“”"‘’]/gu, '')
      if (ctx.norm.indexOf('等', d.token.end) < 0 || [...after].length < 2 || after.startsWith('的') || !d.label.slice(0, at).endsWith(after)) continue
      d.label = d.label.slice(0, at)
    }
  },
}
