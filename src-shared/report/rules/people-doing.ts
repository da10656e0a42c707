import { DELIMS, cleanLabel } from './clause'
import type { Rule } from './types'

const PREDICATE_MAX = 12

/**
 * A number of people doing something, with no other subject: `近3亿人领取养老金` → 领取养老金人数.
 */
export const peopleDoing: Rule = {
  name: 'people-doing',
  apply(st, ctx) {
    const [d] = st.drafts
    if (st.dropped || st.shape !== 'single' || !d || d.label !== '' || st.tail !== 'end') return
    if (!/人$/.test(d.token.unit) || cleanLabel(st.pre.subject) !== '') return
    const { norm, original } = ctx
    let k = d.token.end
    while (k < norm.length && k - d.token.end < PREDICATE_MAX && !DELIMS.has(norm[k] as string)) k++
    if (k === d.token.end || (k < norm.length && !DELIMS.has(norm[k] as string))) return
    const predicate = cleanLabel(original.slice(d.token.end, k))
    if (predicate.length < 2) return
    d.label = `${predicate}人数`
    d.labelSource = 'noun'
    d.quoteEnd = k
  },
}
