import { CUT_VERBS } from '../words/verbs'
import type { Rule } from './types'

/** The longest thing that alone says too little of what fell (`会议`, `文件`). */
const BARE_THING_MAX = 2

/**
 * A thing of two characters cut by a share (`会议减少25%`, `文件精简14.7%`) says too little alone; with the verb of
 * cutting it says what fell (会议减少, −25), as the labels write it. A longer subject is the indicator and drops the
 * verb as before (`行政权力事项精简82.4%` → 行政权力事项).
 */
export const cutThing: Rule = {
  name: 'cut-thing',
  apply(st) {
    const verb = st.pre.verbWord
    if (st.dropped || verb === null || st.pre.verbLeads || !CUT_VERBS.includes(verb)) return
    for (const d of st.drafts) {
      if (d.kind === 'growth' && d.labelSource === 'subject' && d.label !== '' && [...d.label].length <= BARE_THING_MAX) d.label += verb
    }
  },
}
