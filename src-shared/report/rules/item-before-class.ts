import { CLAUSE_WORDS_BEFORE_EXAMPLES, DEEDS_CLOSING_AN_ITEM, WORKS_CLOSING_A_LIST } from '../words/verbs'
import type { Rule } from './types'

/**
 * A figure before `X等Y` (X an example, Y the class): the class names the figure, never the example alone.
 *
 * - `建成120个停车场、35处口袋公园、2.1万户燃气管网改造等民生实事`: the last count of a 、 series runs on into the class of
 *   the whole series (`等民生实事…`); its own thing ends before 等 (燃气管网改造).
 * - `完成29.6万平方米甲乙房屋等不成套旧住房改造`, alone or after items ending as the class does (`…房屋改造、…等…改造`):
 *   the class is this figure's own, X one example of it; the label drops `X等` (不成套旧住房改造), keeping any deed
 *   before the figure (`新增8万平方米甲厂等老旧厂房改造` → 新增老旧厂房改造).
 */
/** The 等 that ends examples, not one inside a word (`中等职业学校`, `高等级公路`, `一等奖`, `平等`, `等级`). */
const EXAMPLES_END = /(?<![中高初平同均对相一二三四特优上下超何甲乙丙])等(?![级奖次候待同于])/u

/** The last word of a class: the two characters that say what kind of thing or deed it is (`改造`, `项目`). */
const lastWord = (s: string): string => s.slice(-2)

export const itemBeforeClass: Rule = {
  name: 'item-before-class',
  apply(st, ctx) {
    if (st.dropped || st.silent || st.sizeInName) return
    const inSeries = !!ctx.sentence.previousStatement && ctx.norm[st.clauseStart - 1] === '、'
    for (const d of st.drafts) {
      if (d.labelSource !== 'noun') continue
      const at = EXAMPLES_END.exec(d.label)?.index ?? -1
      if (at < 2) continue
      // The 等 right after the thing counted (`2.1万户燃气管网改造等`), not one before the count (`某某等企业建设6个工厂`)
      // nor after an attribute (`投资10亿元的某某等项目`: the figure is the projects' investment).
      const etc = ctx.norm.indexOf('等', d.token.end)
      const after = ctx.norm.slice(d.token.end, etc).replace(/[“”"‘’]/gu, '')
      if (etc < 0 || [...after].length < 2 || after.startsWith('的') || !d.label.slice(0, at).endsWith(after)) continue
      const cls = d.label.slice(at + 1)
      // The class of this figure alone: no series before it, or the item before ends as the class does (both 改造).
      const before = ctx.norm.slice(0, st.clauseStart - 1).split(/[、，,；;。：:]/u).pop() ?? ''
      // (Not `等地`, other places; nor a clause before the 等, whose object it closes: `企业在新三板等…挂牌`.)
      // The class names the figure when it is the work measured (`…等不成套旧住房改造`) or the example is only a quoted
      // name (`800场“某某”等促消费活动`); a class of things (`5座甲电厂等一批垃圾处理设施`, `30万吨原油码头等基础设施`) is
      // wider than what the measure counts, and the figure stays `X等Y`.
      const works = [...WORKS_CLOSING_A_LIST, ...DEEDS_CLOSING_AN_ITEM]
      const namesFigure =
        (works.some((w) => cls.endsWith(w)) && !works.some((w) => after.endsWith(w))) || /^[“"][^”"]+[”"]$/u.test(ctx.norm.slice(d.token.end, etc))
      const examplesOfClass =
        namesFigure && !/^(?:地|一批|一系列|各)/u.test(cls) && !CLAUSE_WORDS_BEFORE_EXAMPLES.some((w) => after.includes(w))
      const ownClass = examplesOfClass && [...cls].length >= 2 && (!inSeries || (before.endsWith(lastWord(cls)) && !after.endsWith(lastWord(cls))))
      if (ownClass) d.label = d.label.slice(0, at - after.length) + cls
      else if (inSeries) d.label = d.label.slice(0, at)
    }
  },
}
