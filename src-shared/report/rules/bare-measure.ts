import { BARE_MEASURES } from '../words/labels'
import type { Rule } from './types'

/**
 * A figure whose label is only a measure (`投资`, `资金`, `收入`) and whose sentence names nothing it measures is
 * dropped: `全年共完成投资3.5亿元` cannot go on a slide as it stands (a person can still add it from the text).
 * With a subject in the sentence the measure is that subject's (`项目…，投资12亿元` → generic-label).
 */
export const bareMeasure: Rule = {
  name: 'bare-measure',
  apply(st) {
    if (st.dropped) return
    st.drafts = st.drafts.filter((d) => !(BARE_MEASURES.includes(d.label) && (d.labelSource === 'subject' || d.labelSource === 'noun')))
    if (st.drafts.length === 0) st.dropped = true
  },
}
