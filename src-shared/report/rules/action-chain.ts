import { ACTIONS_OF_WORKS, BARE_MEASURES } from '../words/labels'
import { DELIMS } from './clause'
import type { Rule } from './types'

/** The action that ends the few words between a delimiter and the 、 right before offset `at` (`，全年新建、` → 新建), or ''. */
function actionBefore(norm: string, at: number): string {
  if (norm[at - 1] !== '、') return ''
  let k = at - 1
  while (k > 0 && !DELIMS.has(norm[k - 1] as string) && at - 1 - k < 6) k--
  const word = norm.slice(k, at - 1)
  return k === 0 || DELIMS.has(norm[k - 1] as string) ? (ACTIONS_OF_WORKS.find((w) => word.endsWith(w)) ?? '') : ''
}

/**
 * The actions of a chain before offset `at`, in their order (`，新建、续建、` → 新建, 续建): read back over each 、 while
 * the word before it is an action alone; the first may follow other words (`全年新建、`).
 */
function chainBefore(norm: string, at: number): string[] {
  const out: string[] = []
  let end = at
  for (;;) {
    const action = actionBefore(norm, end)
    if (!action) break
    out.unshift(action)
    end -= action.length + 1
    if (norm[end - 1] !== '、') break
  }
  return out
}

/**
 * A chain of actions before one figure: `新建、提升30座旅游厕所`, `新建、转化配售型保障性住房7500套`. The figure counts
 * what underwent any of them, so the whole chain opens the label; a measure of the things the chain describes
 * (`新建、续建外来投资项目到位资金`) drops the whole chain, as it would drop a single action.
 */
export const actionChain: Rule = {
  name: 'action-chain',
  apply(st, ctx) {
    if (st.dropped) return
    const before = chainBefore(ctx.norm, st.clauseStart)
    const last = before[before.length - 1]
    // The clause opens with the chain's last action (`提升30座…`, `转化配售型保障性住房…`).
    const second = last ? ACTIONS_OF_WORKS.find((w) => ctx.norm.startsWith(w, st.clauseStart)) : undefined
    if (!last || !second) return
    const chain = [...before, second].join('、')
    for (const d of st.drafts) {
      // A label that already holds the chain (the subject was read back over its 、) gets it once.
      if ((d.labelSource !== 'subject' && d.labelSource !== 'noun') || d.label.includes(`${last}、${second}`)) continue
      const object = d.label.startsWith(second) ? d.label.slice(second.length) : d.label
      if (BARE_MEASURES.some((m) => object.endsWith(m))) d.label = object
      else {
        d.label = `${chain}${object}`
        d.quoteStart = Math.min(d.quoteStart, st.clauseStart - (chain.length - second.length))
      }
    }
  },
}
