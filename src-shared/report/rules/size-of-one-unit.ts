import { SIZES_OF_ONE_UNIT, VERBS_DISPOSING_OF_PLANT } from '../words/units'
import type { Rule } from './types'

/** The verbs of doing away with plant, one or more in a row, at the head of the text before a size. */
const DISPOSING_VERBS_AT_HEAD = new RegExp(`^(?:${VERBS_DISPOSING_OF_PLANT.join('|')})+`, 'u')

/** What may stand between the verb and the size: adverbs and a place (`全面淘汰城区20蒸吨…`), no figure or delimiter. */
const BETWEEN = /^[^\d\s,，;；。、:：]{0,6}$/u

/**
 * `淘汰20蒸吨燃煤锅炉`, `关停1000立方米高炉`: a size in a unit that sizes one thing, straight before the things done away with
 * and with no count of them, may be the size of each (the class, as `20蒸吨以下…` is) or their total; which is not written,
 * so the figure is flagged for a person to check (`kind-guessed`). With a count (`淘汰12台20蒸吨燃煤锅炉`) or a bound the
 * tokeniser and size-of-counted read it already.
 */
export const sizeOfOneUnit: Rule = {
  name: 'size-of-one-unit',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      const t = d.token
      if (!SIZES_OF_ONE_UNIT.includes(t.unit) || t.post || t.high !== null) continue
      if (!/^["“]?\p{Script=Han}/u.test(ctx.norm.slice(t.end, t.end + 2))) continue
      const before = ctx.norm.slice(st.clauseStart, t.start)
      const verb = VERBS_DISPOSING_OF_PLANT.map((v) => before.lastIndexOf(v)).reduce((a, b) => Math.max(a, b), -1)
      if (verb < 0) continue
      const rest = before.slice(verb).replace(DISPOSING_VERBS_AT_HEAD, '')
      if (BETWEEN.test(rest)) d.reasons.add('kind-guessed')
    }
  },
}
