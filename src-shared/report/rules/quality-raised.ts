import type { Rule } from './types'

/** A quality named as what was raised (`森林质量`, `环境品质`). */
const QUALITY_AT_END = /(?:质量|品质)$/u
/** The verb of raising it, with how, right before the figure (`精准提升`). */
const RAISED = /(精准)?(提升|提高|改善)$/u

/**
 * `森林质量精准提升4万亩`, `耕地质量提升5万亩`: a quality raised over an area, or on things counted, is the work done,
 * named with its verb (the label files: `森林质量提升`); a quality alone is no amount of 亩.
 */
export const qualityRaised: Rule = {
  name: 'quality-raised',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || (first.cls !== 'measure' && first.cls !== 'count')) return
    const raised = RAISED.exec(ctx.norm.slice(st.clauseStart, first.start))
    if (!raised) return
    for (const d of st.drafts) if (QUALITY_AT_END.test(d.label)) d.label += raised[0]
  },
}
