import { HANDOVER_EVENTS, HOUSES_ENDINGS, HOUSES_UNITS, MATTER_EVENTS, OPENING_EVENTS, PROJECT_EVENTS } from '../words/verbs'
import { RATE_ENDINGS } from './counted-rate'
import type { Rule } from './types'

const EVENTS = `(?:${[...PROJECT_EVENTS, ...HANDOVER_EVENTS, ...MATTER_EVENTS].sort((a, b) => b.length - a.length).join('|')})`
const ONLY_EVENTS = new RegExp(`^${EVENTS}+$`)
const WORKS_OR_MATTERS = new RegExp(`^(?:${[...PROJECT_EVENTS, ...MATTER_EVENTS].sort((a, b) => b.length - a.length).join('|')})+$`)
const TRAILING_EVENTS = new RegExp(`${EVENTS}+$`)
const EVENT_RATE_AT_END = new RegExp(`${EVENTS}率$`)

// (开工和在建标准厂房: the opening is one of two, and stays.)
const LEADING_OPENING_EVENT = new RegExp(`^(?:${[...OPENING_EVENTS].sort((a, b) => b.length - a.length).join('|')})(?![、和及与])(?=.{2})`)

/**
 * A label that only says what happened (`落地开工`, `竣工`) is about the thing the sentence counts:
 * `招商引资亿元以上项目100个以上，落地开工50个以上` → 招商引资亿元以上项目落地开工, `年投资亿元以上项目新开工43个以上，
 * 竣工38个以上` → 年投资亿元以上项目竣工, `新开工棚改项目3000套，基本建成2600套` → 棚改项目基本建成; so does what happens to matters (`权力事项取消72项、下放679项` →
 * 权力事项下放), and what happens to houses (`…，分配入住19149套` → 保障性住房分配入住). Without such a thing it stays as it is, and confidence says it is vague.
 */
export const projectEvents: Rule = {
  name: 'project-events',
  apply(st, ctx) {
    if (st.dropped) return
    // (棚户区改造开工率达到105%，基本建成1.2万套: the rate of an event names the thing it is of, 棚户区改造.)
    const subject = ctx.sentence.subject?.replace(EVENT_RATE_AT_END, '').replace(TRAILING_EVENTS, '').replace(LEADING_OPENING_EVENT, '') ?? ''
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || !ONLY_EVENTS.test(d.label)) continue
      // (分配入住, 交付: only houses are handed over, counted as houses.)
      const houses = HOUSES_ENDINGS.some((w) => subject.endsWith(w)) && HOUSES_UNITS.test(d.token.unit)
      // (…达标率…，建成15个: a rate left is no thing that gets built.)
      if (subject.length < 2 || RATE_ENDINGS.some((w) => subject.endsWith(w)) || (!WORKS_OR_MATTERS.test(d.label) && !houses)) {
        d.reasons.add('label-vague')
        continue
      }
      d.label = subject + d.label
      d.labelSource = 'context'
    }
  },
}
