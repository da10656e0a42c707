import { cleanLabel } from './clause'
import type { Rule } from './types'

/**
 * A change from one level to another: `由12.3亿元增加到18.7亿元`, `从2020年的78.1岁提高到79.3岁`,
 * `由52.23%提高到58.08%`. Two figures of the same subject, both levels (never a growth), the first dated at the
 * start of the change and the second at its end; a year written before a figure dates it.
 */
export const FROM_TO_BRIDGE =
  /^(?:增加|增长|提高|提升|上升|扩大|下降|降低|减少|缩小|收窄|回落|优化整合为|整合为|调整为|调减|调增|增|降|升|减)?(?:到|至|为)(\d{4})?(?:年)?(?:底|末)?(?:的)?$/
/** What may stand between 由/从 and the first figure: a time (`2010年的`, `一季度`, `年初的`). */
export const FROM_OPENING = /[由从](?:(\d{4})年(?:底|末)?的?|[一二三四]季度|年初的?|上年的?|“?十[一二三四五六七八九]五”?末的?)?$/

export const fromTo: Rule = {
  name: 'from-to',
  apply(st, ctx) {
    if (st.shape !== 'from-to' || st.dropped) return
    const [a, b] = st.drafts
    if (!a || !b) return
    const { norm } = ctx
    const opening = FROM_OPENING.exec(norm.slice(Math.max(st.clauseStart, a.token.start - 12), a.token.start))
    const bridge = FROM_TO_BRIDGE.exec(norm.slice(a.token.end, b.token.start))
    const label = cleanLabel(st.pre.subject.replace(FROM_OPENING, ''))
    for (const d of [a, b]) {
      if (label) {
        d.label = label
        d.labelSource = 'subject'
      }
      d.quoteStart = st.clauseStart
      d.quoteEnd = b.token.end
    }
    a.periodHint = { role: 'from', ...(opening?.[1] ? { year: Number(opening[1]) } : {}) }
    b.periodHint = { role: 'to', ...(bridge?.[1] ? { year: Number(bridge[1]) } : {}) }
    for (const d of [a, b]) {
      const cls = d.token.cls
      d.kind = cls === 'pct' || cls === 'ratio' ? 'share' : cls === 'count' ? 'count' : cls === 'ppt' ? 'change' : cls === 'times' ? 'growth' : 'amount'
    }
  },
}
