import { lineStartOf } from './line-start'
import type { Rule } from './types'

/**
 * A paragraph that opens on the difficulties the place faces (`（四）困难压力来自产业弱小。…`, `（二）短板在于…`):
 * its figures say how things stand (`生物医药等3个产业产值不足百亿`, `关停企业972家`), not what is to be done, even in a
 * part on the years ahead (问题 is left out: `三是关于改善民生问题。` opens a topic). period.ts dates such a fact to the year before the goals and marks it for checking.
 */
const DIFFICULTIES_OPENING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+是)?(?!关于)[^。,;!?\n]{0,6}(?:困难|压力|短板|弱项|瓶颈)/u
/** Words of the future, which a paragraph of difficulties uses for what lies ahead (`未来5年…到期`). */
/** How far back in its sentence such a word is looked for. */
const FUTURE_REACH = 80
const FUTURE_WORDS = /未来|今后|预计|将要|将会|还需/u

export const difficultiesPart: Rule = {
  name: 'difficulties-part',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first) return
    const { norm } = ctx
    const lineStart = lineStartOf(norm, first.start)
    if (!DIFFICULTIES_OPENING.test(norm.slice(lineStart, lineStart + 16))) return
    if (FUTURE_WORDS.test(norm.slice(Math.max(ctx.sentence.start, first.start - FUTURE_REACH), first.start))) return
    for (const d of st.drafts) d.periodHint = { ...d.periodHint, past: true }
  },
}
