import { DELIMS, cleanLabel } from './clause'
import type { Rule } from './types'

const PREDICATE_MAX = 12

/** What a count of people or households is named after its predicate. */
const COUNTED: Readonly<Record<string, string>> = { 人: '人数', 户: '户数', 人次: '人次' }

/**
 * People or households doing something, with no other subject: `近3亿人领取养老金` → 领取养老金人数,
 * `帮助120户356人实现稳定脱贫` → 稳定脱贫户数, 稳定脱贫人数.
 */
export const peopleDoing: Rule = {
  name: 'people-doing',
  apply(st, ctx) {
    if (st.dropped || st.shape === 'from-to' || st.drafts.some((d) => d.label !== '')) return
    const counted = st.tokens.map((t) => COUNTED[t.unit.replace(/^[万亿]+/, '')])
    if (counted.some((c) => c === undefined) || cleanLabel(st.pre.subject) !== '') return
    const { norm, original } = ctx
    const end = st.tokens[st.tokens.length - 1]?.end ?? 0
    let k = end
    while (k < norm.length && k - end < PREDICATE_MAX && !DELIMS.has(norm[k] as string)) k++
    if (k === end || (k < norm.length && !DELIMS.has(norm[k] as string))) return
    const predicate = cleanLabel(original.slice(end, k))
    if (predicate.length < 2) return
    st.drafts.forEach((d, i) => {
      d.label = `${predicate}${counted[i] as string}`
      d.labelSource = 'noun'
      d.quoteEnd = k
    })
  },
}
