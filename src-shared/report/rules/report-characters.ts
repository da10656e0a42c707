import { restoreCharacters } from './clause'
import type { Rule } from './types'

/** Labels keep the report's characters (`细颗粒物（PM2.5）平均浓度`, full-width as written). */
export const reportCharacters: Rule = {
  name: 'report-characters',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      d.label = restoreCharacters(d.label, ctx.norm, ctx.original, Math.min(d.quoteStart, st.listStart), d.quoteEnd)
    }
  },
}
