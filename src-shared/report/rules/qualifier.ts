import { BOUNDS_BEFORE_FROM, BOUNDS_BEFORE_TO } from './from-to'
import type { Rule } from './types'

/**
 * The figure's qualifier, nearest the number first: a word after the unit (`5%以上`, `控制在4%以内`), 多 between
 * number and unit (`4万多名`), a word before (`超50%`, `近2万亿元`, `不低于90%`), 高于 with nothing compared
 * (`增速要高于40%` → 超过), 突破 for a level crossed (`跨越4500亿元`, `跨越千亿元大关`: 10 of the label files' 12 such
 * figures), `控制在` when nothing else bounds the figure, and `年均` when nothing else does; with
 * both (`年均增长5%以上`) the bound wins and the figure is marked average.
 */
export const qualifier: Rule = {
  name: 'qualifier',
  apply(st, ctx) {
    if (st.dropped) return
    const pre = st.shape === 'list' && st.listPre.respectively ? st.listPre : st.pre
    const n = st.drafts.length / 2
    const lastFrom = st.shape === 'from-to' ? st.drafts[n - 1] : undefined
    const firstTo = st.shape === 'from-to' ? st.drafts[n] : undefined
    const bridge = lastFrom && firstTo ? ctx.norm.slice(lastFrom.token.end, firstTo.token.start) : ''
    const toBound = BOUNDS_BEFORE_TO.find((w) => bridge.endsWith(w)) ?? null
    // 从约100个工作日压缩到7.8个工作日: a bound before the first level is that level's, never the one reached.
    const first = st.drafts[0]
    const fromBound = st.shape === 'from-to' && first ? BOUNDS_BEFORE_FROM.some((w) => ctx.norm.slice(0, first.token.start).trimEnd().endsWith(w)) : false
    st.drafts.forEach((d, k) => {
      const t = d.token
      const own = st.shape === 'from-to' ? (k >= n ? toBound : null) : null
      const q =
        t.post ??
        (t.mid ? '多' : null) ??
        own ??
        (fromBound && k >= n ? null : pre.bareBound ?? pre.qualifier) ??
        (st.shape !== 'from-to' && pre.verbWord === '跨越' ? '突破' : null) ??
        (pre.cap ? '控制在' : null) ??
        (pre.yearly ? '年均' : null)
      d.qualifier = q
      d.average = pre.yearly && q !== '年均'
      if (pre.yearly) d.periodHint = { ...d.periodHint, average: true }
    })
  },
}
