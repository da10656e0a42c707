import { PREDICATE_OPENERS } from '../words/verbs'
import { predicateAfter } from './clause'
import type { Rule } from './types'

/** A short aside after a noun: `自贸区（港）`. */
const ASIDE = /^\([^()]{1,6}\)/

/**
 * Things counted by what is done with them: partners (`与41个自贸区（港）建立伙伴关系` → 建立伙伴关系的自贸区) and what
 * a clause disposes of (`将2.8万亿元中央财政资金纳入直达范围` → 纳入直达范围的中央财政资金).
 */
export const doneWith: Rule = {
  name: 'done-with',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !st.counted || !st.noun || !first) return
    if (!/(与|同|将)$/.test(ctx.norm.slice(st.clauseStart, first.start))) return
    const aside = ASIDE.exec(ctx.norm.slice(st.noun.end, st.noun.end + 8))?.[0].length ?? 0
    const predicate = predicateAfter(ctx.norm, st.noun.end + aside)
    if (!predicate) return
    // 与50个友城的交流合作持续深化: what became of the dealings, not a deed done with the things; where the name ends is not
    // known, so a person checks it.
    const outcome = PREDICATE_OPENERS.some((w) => predicate.startsWith(w))
    for (const d of st.drafts) {
      if (outcome) {
        d.reasons.add('label-vague')
        continue
      }
      d.label = `${predicate.replace(/[“”"]/g, '')}的${st.counted.noun}`
      d.quoteEnd = st.noun.end + aside + predicate.length
    }
    st.silent = false
  },
}
