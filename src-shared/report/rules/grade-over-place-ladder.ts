import { GOVERNMENT_LEVELS, PLACE_LADDER_HEADS } from '../words/places'
import type { Rule } from './types'

/** A grade a designation is awarded at (`市级`, `省级`, `自治区级`), opening the first item's name after its verb. */
const GRADE = new RegExp(`(?:${GOVERNMENT_LEVELS.join('|')})级`, 'u')

/** The name split into what it calls the place (`卫生`) and the place's head (`镇`), or null when it ends in no head. */
function onLadder(name: string): { stem: string; head: string } | null {
  const head = PLACE_LADDER_HEADS.find((h) => name.endsWith(h) && name.length >= h.length + 2)
  return head ? { stem: name.slice(0, -head.length), head } : null
}

/**
 * `创建市级卫生镇3个、卫生村12个`, `新建省级森林乡镇2个、森林村庄5个`: a later item of a 、 series that names the same
 * designation as the first item at another level of place (镇 → 村) is awarded at the first item's grade too (市级卫生村);
 * also when the first item's name is longer in front (`省级乡村振兴重点帮扶优秀县2个、重点帮扶优秀村20个`). Other items
 * keep their own name (`省级精品示范村13个、和美乡村中心村32个`: most label files give 和美乡村中心村 no grade).
 */
export const gradeOverPlaceLadder: Rule = {
  name: 'grade-over-place-ladder',
  apply(st, ctx) {
    const previous = ctx.sentence.previousStatement
    const lastEnd = previous?.tokens[previous.tokens.length - 1]?.end ?? -1
    if (st.dropped || !previous || previous.dropped || lastEnd < 0 || ctx.norm[lastEnd] !== '、' || st.clauseStart !== lastEnd + 1) return
    const first = previous.drafts[0]?.label ?? ''
    const grade = GRADE.exec(first)
    if (!grade) return
    const lead = first.slice(0, grade.index)
    const body = onLadder(first.slice(grade.index + grade[0].length))
    if (!body || st.tokens[0]?.cls !== previous.tokens[0]?.cls) return
    for (const d of st.drafts) {
      if (GRADE.test(d.label) || !d.label.startsWith(lead)) continue
      const item = onLadder(d.label.slice(lead.length))
      if (!item || item.head === body.head || item.stem.length < 2 || !body.stem.endsWith(item.stem)) continue
      d.label = lead + grade[0] + body.stem + item.head
    }
  },
}
