import { PART_OPENING } from './owner-before'
import type { Rule } from './types'

/**
 * `沈阳高新区在全国排名由43位上升到39位，沈阳经开区由49位上升到21位`: a later clause that names only another part of the place
 * and places (位) ranks that part in the same ranking as the rank just before: the earlier label with its part swapped
 * (沈阳经开区在全国排名), a rank, not a count of 位.
 */
export const rankOfAnotherPart: Rule = {
  name: 'rank-of-another-part',
  apply(st, ctx) {
    if (st.dropped) return
    const before = ctx.sentence.previous[ctx.sentence.previous.length - 1]
    if (!before || before.kind !== 'rank') return
    const theirs = PART_OPENING.exec(before.label)?.[0]
    if (!theirs || theirs.length >= before.label.length) return
    for (const d of st.drafts) {
      if (d.token.unit !== '位' || d.labelSource !== 'subject' || PART_OPENING.exec(d.label)?.[0] !== d.label || d.label === theirs) continue
      d.label = d.label + before.label.slice(theirs.length)
      d.kind = 'rank'
    }
  },
}
