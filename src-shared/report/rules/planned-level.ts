import type { Rule } from './types'

/** What was planned, before the figure: `超过原定的`, `完成年初预定的`. */
const PLANNED = /(原定|原计划|年初预定|预定|预期)的?$/
/** What the plan set: the noun after the figure. */
const PLAN_NOUNS = /^(规模|目标|任务|计划)/

/**
 * The level a plan set, named beside the result that beat it: `减税降费2.36万亿元，超过原定的近2万亿元规模` →
 * 减税降费原定规模 (近2万亿元). The figure is of the sentence's subject, as planned: a goal of its year.
 */
export const plannedLevel: Rule = {
  name: 'planned-level',
  apply(st, ctx) {
    const subject = ctx.sentence.subject
    if (st.dropped || st.shape !== 'single' || !st.noun || !subject) return
    const planned = PLANNED.exec(st.pre.subject)
    const noun = PLAN_NOUNS.exec(ctx.norm.slice(st.noun.start, st.noun.end))
    if (!planned || !noun) return
    for (const d of st.drafts) {
      d.label = `${subject}${planned[1] === '原计划' ? '原计划' : '原定'}${noun[1]}`
      d.labelSource = 'context'
      d.quoteEnd = st.noun.start + (noun[1] as string).length
      d.periodHint = { ...d.periodHint, planned: true }
    }
  },
}
