import { CONTRIBUTION_MEASURES } from '../words/labels'
import { previousEnd } from './carry-subject'
import type { Rule } from './types'

/** `对全省贡献率`, `对全省投资增长的贡献率`: a contribution named without who contributes. */
const CONTRIBUTION = new RegExp(`^对.+(?:${CONTRIBUTION_MEASURES.join('|')})$`, 'u')

/** A share of a whole (`服务业增加值占GDP比重`, `服务业比重`): the thing whose share it is. */
const SHARE_OF_A_WHOLE = /^(.{2,}?)(?:占[^占]+)?比重$/u

/** The value added at the end of an industry's name (`服务业增加值`): the industry is the contributor. */
const VALUE_ADDED_AT_END = /(?<=[\p{Script=Han}]{2})增加值$/u

/**
 * A contribution written right after a figure of the same sentence is that figure subject's: `工业投资增长10%，对全省
 * 投资增长贡献率达到66.5%` → 工业投资对全省投资增长贡献率. Only from the clause just before, and only a single subject
 * (not a list); a contribution after a clause without a figure (`影响力显著提升，对全球经济增长的贡献率超过30%`) keeps
 * its own words.
 */
export const contributionOf: Rule = {
  name: 'contribution-of',
  apply(st, ctx) {
    if (st.dropped) return
    const previous = ctx.sentence.previousStatement
    if (!previous || st.clauseStart > previousEnd(previous) + 2) return
    const subject = [...previous.drafts].reverse().find((d) => d.label !== '')?.label
    if (!subject || /[、和及与]/u.test(subject) || CONTRIBUTION.test(subject)) return
    // 服务业增加值占GDP比重达55%，对经济增长的贡献率…: what contributes is the thing, not its share.
    // 战略性新兴产业增加值占GDP比重…，对经济增长的贡献率…: what contributes is the industry, not its value added.
    const contributor = (SHARE_OF_A_WHOLE.exec(subject)?.[1] ?? subject).replace(VALUE_ADDED_AT_END, '')
    for (const d of st.drafts) {
      if (!CONTRIBUTION.test(d.label)) continue
      d.label = contributor + d.label
      d.labelSource = 'context'
    }
  },
}
