import { previousEnd } from './carry-subject'
import type { Rule } from './types'

/** A label that opens with the value added, with no owner before it (`增加值占GDP比重`, `增加值`). */
const VALUE_ADDED_OPENING = /^增加值/u

/** A subject that names an industry or a sector (`战略性新兴产业`, `现代服务业`, `数字经济`), nothing measured of it. */
const INDUSTRY = /^[\p{Script=Han}“”"]{2,16}(?:产业|行业|服务业|制造业|工业|农业|经济)$/u

/**
 * `战略性新兴产业年均增长20%，增加值占GDP比重超过35%`: the value added written without its owner, in the clause right
 * after a figure of an industry, is that industry's (战略性新兴产业增加值占GDP比重). Only when the figure before is
 * the industry's alone (not a list), and the industry is all its label says.
 */
export const valueAddedOfIndustry: Rule = {
  name: 'value-added-of-industry',
  apply(st, ctx) {
    if (st.dropped) return
    const previous = ctx.sentence.previousStatement
    if (!previous || previous.drafts.length !== 1 || st.clauseStart > previousEnd(previous) + 2) return
    const owner = previous.drafts[0]?.label ?? ''
    if (!INDUSTRY.test(owner)) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || !VALUE_ADDED_OPENING.test(d.label)) continue
      d.label = owner + d.label
      d.labelSource = 'context'
    }
  },
}
