import { indicatorOf } from '../indicators'
import { DEED_OR_EACH_OPENING, PARTS_HEADING_A_LIST } from '../words/places'
import type { Rule } from './types'

/**
 * A zone or park opening a label, by a short name or none (`园区`, `开发区`, `某某新区`); not a port, an airport or the central
 * town, whose figures are the measure itself or a level of the place (words/places.ts).
 */
const ZONE_OPENING = new RegExp(`^\\p{Script=Han}{0,4}?(?:${PARTS_HEADING_A_LIST.join('|')})`, 'u')

/**
 * `力争园区工业产值超500亿元，规模以上工业增加值超110亿元`: a standard indicator named bare at the head of the clause right after
 * a figure of a zone (园区, 开发区, 某某新区) that opens its own clause is the zone's too (园区规模以上工业增加值); under its own
 * name it would be the place's headline figure, on a slide. Not when the clause names a scope of its own (`，全市…`).
 */
export const partCarriedToIndicator: Rule = {
  name: 'part-carried-to-indicator',
  apply(st, ctx) {
    const previous = ctx.sentence.previousStatement
    const before = ctx.sentence.previous[ctx.sentence.previous.length - 1]
    if (st.dropped || !previous || !before || !/[,，]/u.test(ctx.norm[st.clauseStart - 1] ?? '')) return
    const part = ZONE_OPENING.exec(before.label)?.[0]
    if (!part || part.length >= before.label.length || DEED_OR_EACH_OPENING.test(part)) return
    // (The zone is what its clause opens with, after a word of striving at most: not a deed done to it, `扩充开发区…`.)
    const itsClause = ctx.norm.slice(previous.clauseStart, previous.tokens[0]?.start ?? previous.clauseStart).trimStart().replace(/^(?:力争|确保|争取|全年)/u, '')
    if (!itsClause.startsWith(part)) return
    const opening = ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart).trimStart()
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || !opening.startsWith(d.label) || indicatorOf(d.label) === null || d.label.startsWith(part)) continue
      d.label = part + d.label
      d.owner = part
    }
  },
}
