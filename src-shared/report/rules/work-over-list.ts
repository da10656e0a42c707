import { DEEDS_CLOSING_AN_ITEM, WORKS_CLOSING_A_LIST, WORKS_OF_A_KIND, WORKS_ON_COUNTED } from '../words/verbs'
import { objectVerbAtEnd } from './clause'
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
    // 村卫生室的标准化改造, 家庭实施无障碍改造, 天桥园林景观改造: a work of a kind, or on a part of the things, is not the
    // plain work of each thing listed.
    const thing = ctx.norm.slice(last.token.end, end - work.length)
    // (智能化改造, 标准化改造: a manner of work ending in 化.)
    if (/的|实施|开展|进行/.test(thing) || /化$/.test(thing) || WORKS_OF_A_KIND.some((w) => thing.endsWith(w))) return
    let next = st.tokens[0]?.start ?? st.clauseStart
    const earlier = ctx.sentence.figures
    for (let i = earlier.length - 1; i >= 0; i--) {
      const d: Draft | undefined = earlier[i]
      if (!d || st.drafts.includes(d)) continue
      if (d.labelSource !== 'noun' || (d.token.cls !== 'count' && d.token.cls !== 'measure')) break
      if (!ITEM_JOINS.includes(ctx.norm.slice(d.quoteEnd, next))) break
      // (Only an item named by its noun as written, with no work of its own: not 管道天然气加装户数, 环境品质提升.)
      const own = ctx.norm.slice(d.token.end, d.quoteEnd)
      // (Nor projects, 治理项目, whose work is their own, nor an item that names its own deed: 除险加固, 提档升级, 改善.)
      if (d.label !== own || WORKS_ON_COUNTED.some((w) => own.endsWith(w)) || /(项目|工程)$/.test(own) || objectVerbAtEnd(own) !== null || DEEDS_CLOSING_AN_ITEM.some((w) => own.endsWith(w)) || /化$/.test(own)) break
      d.label += work
      next = d.token.start
    }
  },
}
