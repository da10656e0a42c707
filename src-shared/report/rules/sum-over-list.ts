import { cleanLabel } from './clause'
import type { Rule } from './types'

/**
 * `新建改造乡镇商贸中心、集贸市场等30个以上`, `改造老旧小区、低收入群体危房、抗震宜居农房等3.5万余户`: a count right after
 * `等` closing a list of things with no figure of their own counts them all, not the last one; the label is the whole
 * list, as the label files write it. Examples before a class (`X、Y等项目971个`: 等 before a noun) name the class
 * (rules/examples-before-count.ts); lists paired by 分别/均/各, and items with figures of their own (`新建学校12所、
 * 幼儿园30所`), are other rules' business.
 */
export const sumOverList: Rule = {
  name: 'sum-over-list',
  apply(st, ctx) {
    const first = st.tokens[0]
    const d = st.drafts[0]
    if (st.dropped || !first || !d || st.tail === 'noun' || st.shape !== 'single' || st.drafts.length !== 1 || d.labelSource !== 'subject') return
    if (first.cls !== 'count' && first.cls !== 'measure') return
    if (st.afterListComma || st.listStart >= st.clauseStart || ctx.norm[st.clauseStart - 1] !== '、') return
    if (st.listPre.respectively || st.listPre.each) return
    const listed = ctx.norm.slice(st.listStart, st.clauseStart)
    // (Items of their own figures, or a list longer than a name, are no list of things counted together.)
    if (/[\d%]/.test(listed) || [...listed].length > 30 || /[，,;；：:]/.test(listed)) return
    // (Only a list that 等 closes right before the count: `…等30个`, not `…等项目30个` nor a clause before it.)
    const raw = st.listPre.subject
    if (!raw.endsWith('等') || raw.slice(0, -1).includes('等')) return
    const whole = cleanLabel(raw)
    if (whole.includes('、') && whole.endsWith(d.label) && whole !== d.label) d.label = whole
  },
}
