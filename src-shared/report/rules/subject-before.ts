import { VERBS } from '../words/verbs'
import { cleanLabel, clauseStart } from './clause'
import type { Rule } from './types'

const CHANGE_VERBS = VERBS.filter(([w, role]) => w.length > 1 && (role === 'up' || role === 'down')).map(([w]) => w)
const SUBJECT_MAX = 12

/**
 * A clause without a subject after a clause that names one but gives no figure takes that subject, read up to its
 * verb: `工业投资增长扭负转正，比上年增长11.3%` → 工业投资. Only a rate of change, only the clause just before, and only a
 * short noun phrase.
 */
export const subjectBefore: Rule = {
  name: 'subject-before',
  apply(st, ctx) {
    if (st.dropped || ctx.sentence.subject || !st.drafts.some((d) => d.label === '')) return
    // Only a change restated with its rate (`比上年增长11.3%`): the figure measures the change the clause before named.
    if ((st.pre.verb !== 'up' && st.pre.verb !== 'down') || !st.drafts.every((d) => d.token.cls === 'pct')) return
    const { norm } = ctx
    const end = st.clauseStart - 1
    if (end <= ctx.sentence.start || norm[end] !== ',') return
    const before = norm.slice(clauseStart(norm, end, ctx.sentence.start), end)
    if (/\d/.test(before)) return
    let at = -1
    for (const v of CHANGE_VERBS) {
      const k = before.indexOf(v, 2)
      if (k >= 0 && (at < 0 || k < at)) at = k
    }
    if (at < 0) return
    const subject = cleanLabel(before.slice(0, at))
    if (subject.length < 2 || subject.length > SUBJECT_MAX) return
    for (const d of st.drafts) {
      if (d.label !== '') continue
      d.label = subject
      d.labelSource = 'context'
    }
  },
}
