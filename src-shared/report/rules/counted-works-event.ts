import { PROJECT_EVENTS } from '../words/verbs'
import { cleanLabel, predicateAfter } from './clause'
import { withoutExamples } from './examples-before-count'
import type { Rule } from './types'

/** Adverbs of how or when between the works and what became of them (`相继开工`, `已经建成`): not kept in the label. */
const ADVERBS = ['已经', '已', '全部', '相继', '先后', '陆续', '顺利', '集中', '同时', '均']
/** Events that say what became of works (`开工建设`, `竣工投产`). */
const EVENTS = new RegExp(`^(?:${[...PROJECT_EVENTS].sort((a, b) => b.length - a.length).join('|')})+$`)
/** How far the events may run to the end of the clause. */
const EVENT_MAX = 8

/**
 * Works named by a noun too short to stand alone, counted by what became of them: `1300个项目开工建设` → 项目开工建设,
 * `甲、乙等45个项目竣工投用` → 项目竣工投用 (the names before 等 are examples of the works, no owner of them),
 * `7条道路完工` → 道路完工, as the label files write the action after a counted noun (`老旧小区改造完工`). The short noun
 * alone stays silent (number-before-noun); with what became of it, it says what is counted.
 */
export const countedWorksEvent: Rule = {
  name: 'counted-works-event',
  apply(st, ctx) {
    if (st.dropped || !st.silent || st.sizeInName || !st.counted || !st.noun || st.tokens.length !== 1 || st.tokens[0]?.cls !== 'count') return
    // 全市4个项目开工 or 甲等4个项目开工: where, or examples, at most before the count; a subject before it makes the
    // works another's (`华友二期4个项目开工`).
    if (cleanLabel(withoutExamples(st.counted.raw)) !== '') return
    const predicate = predicateAfter(ctx.norm, st.noun.end, EVENT_MAX)
    const adverb = ADVERBS.find((w) => predicate.startsWith(w)) ?? ''
    const events = predicate.slice(adverb.length)
    if (!EVENTS.test(events)) return
    for (const d of st.drafts) {
      d.label = `${st.counted.noun}${events}`
      d.carried = st.counted.noun
      d.quoteEnd = st.noun.end + predicate.length
    }
    st.silent = false
  },
}
