import { MAGNITUDES } from '../words/units'
import type { Rule } from './types'

/**
 * In a list of values, a bare magnitude takes the unit the last value writes out: `分别惠及3500万、2300万人次` →
 * 3500万人次, `分别达到1.2万、1.5万户` → 1.2万户. (A unit of its own is kept: `96户、183人` are two things.)
 */
export const sharedUnit: Rule = {
  name: 'shared-unit',
  apply(st) {
    if (st.dropped || st.shape !== 'list') return
    const last = st.tokens[st.tokens.length - 1]
    if (!last) return
    for (const d of st.drafts) {
      const t = d.token
      if (t === last || !MAGNITUDES.includes(t.unit) || !last.unit.startsWith(t.unit) || last.unit === t.unit) continue
      d.token = { ...t, unit: last.unit, cls: last.cls }
    }
  },
}
