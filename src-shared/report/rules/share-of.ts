import { cleanLabel } from './clause'
import type { Rule } from './types'

const BASE_SCOPE = /占(全国|全省|全区|全市|全州|全县|全球|世界)(的)?$/

/**
 * A share written with 占: `对共建“一带一路”国家投资占50%以上` → …投资占比; `工业机器人产量…占全国44%` →
 * 工业机器人产量占全国比重; `民生投入占公共财政预算支出的80.6%` stays as written; a clause with no subject of its own
 * (`…，占全市比重61%`) is a share of the sentence's subject. Always a share.
 */
export const shareOf: Rule = {
  name: 'share-of',
  apply(st, ctx) {
    if (st.dropped) return
    const raw = st.pre.subject
    const scope = BASE_SCOPE.exec(raw)
    // 园区经济总量2586亿元，占全市比重61%: a share clause of its own is a share of the sentence's subject.
    if (st.pre.verbWord !== '占' && !scope) {
      const subject = ctx.sentence.subject
      if (!subject) return
      for (const d of st.drafts) {
        if (d.token.cls !== 'pct' || !d.label.startsWith('占') || d.labelSource !== 'subject') continue
        d.kind = 'share'
        d.label = `${subject}${d.label}${/(比重|占比|比例)$/.test(d.label) ? '' : '比重'}`
        d.labelSource = 'context'
      }
      return
    }
    for (const d of st.drafts) {
      if (d.token.cls !== 'pct') continue
      d.kind = 'share'
      if (scope) {
        const written = cleanLabel(raw.slice(0, scope.index))
        const own = written || ctx.sentence.subject || ''
        if (!own) continue
        d.label = `${own}占${scope[1]}比重`
        d.labelSource = written ? 'subject' : 'context'
      } else if (d.label && !/(比重|占比|比例)$/.test(d.label)) {
        d.label = `${d.label}占比`
      }
    }
  },
}
