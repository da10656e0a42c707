import { RELIEF_VERBS } from '../words/labels'
import { itemBefore } from './carry-subject'
import type { Rule } from './types'

/** A label opening with a verb of relief, for a beneficiary or not (`为企业减免`, `降低`): that opening. */
const RELIEF_OPENING = new RegExp(`^(?:为[\\u4e00-\\u9fff]{1,8}?)?(?:${RELIEF_VERBS.join('|')})`, 'u')

/**
 * `累计为企业减免税费13.7亿元、电费1.1亿元、燃气费789万元`: an amount listed right after one whose label opens with a verb
 * of relief, naming only a thing (no verb of its own at the head of its clause), is spared too: 为企业减免电费. Only
 * amounts of money after amounts of money, across a 、.
 */
export const reliefOverList: Rule = {
  name: 'relief-over-list',
  apply(st, ctx) {
    if (st.dropped) return
    const before = itemBefore(st, ctx)
    const opening = before?.token.cls === 'money' ? RELIEF_OPENING.exec(before.label)?.[0] : undefined
    if (!before || !opening || before.label.length <= opening.length) return
    for (const d of st.drafts) {
      if (d.token.cls !== 'money' || d.labelSource !== 'subject' || d.label.length < 2) continue
      if (!ctx.norm.startsWith(d.label, st.clauseStart) || RELIEF_OPENING.test(d.label)) continue
      d.label = opening + d.label
    }
  },
}
