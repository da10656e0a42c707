import { cleanLabel, nounAfter } from './clause'
import type { Rule } from './types'

/** One character of a grade, or a short alternative in brackets (`乡(镇)级`, `小(一)型`). */
const GRADE_CHAR = '(?:[\\u4e00-\\u9fff]|\\([\\u4e00-\\u9fff]{1,2}\\))'
/** A grade or size class written after a count, before the next item of its list (`省级、`, `中型和`). */
const GRADE_BEFORE_ITEM = new RegExp(`${GRADE_CHAR}{1,6}?[级型](?=[、和及与]\\d)`, 'uy')
/** The next items of such a list, each a count and a grade: `、3826个村级`, `和8件小(一)型`. */
const GRADE_ITEM = new RegExp(`[、和及与]\\d+(?:\\.\\d+)?万?[\\u4e00-\\u9fff]${GRADE_CHAR}{1,6}?[级型]`, 'uy')
/** The grade that opens the noun of the last item (`村级`, `小(一)型`): the shortest. */
const LEADING_GRADE = new RegExp(`${GRADE_CHAR}{1,6}?[级型]`, 'uy')

/** Per sentence: where the grade of the last item read by this rule ends, and its quote's start. */
const lastItem = new WeakMap<object, { end: number; quoteStart: number }>()

/**
 * `建成88个乡（镇）级、3826个村级公益性公墓`, `竣工1件中型、8件小（一）型水库`, `4个国家级和10个省级改革试点`: a list
 * of counts by grade writes the noun they count once, at the last; each item is its grade and that noun
 * (乡（镇）级公益性公墓, 中型水库, 国家级改革试点). The noun is read after the last grade.
 */
export const elidedHead: Rule = {
  name: 'elided-head',
  apply(st, ctx) {
    if (st.dropped || st.tokens.length !== 1 || st.tail !== 'noun' || !st.noun) return
    const { norm } = ctx
    const from = st.noun.start
    GRADE_BEFORE_ITEM.lastIndex = from
    const grade = GRADE_BEFORE_ITEM.exec(norm)?.[0]
    let headAt = -1
    let quoteStart = st.clauseStart
    let quoteEnd = -1
    if (grade) {
      // An earlier item: the noun is after the last item's grade.
      let at = from + grade.length
      quoteEnd = at
      for (let guard = 0; guard < 12; guard++) {
        GRADE_ITEM.lastIndex = at
        if (!GRADE_ITEM.exec(norm)) break
        at = GRADE_ITEM.lastIndex
      }
      headAt = at
    } else {
      // The last item: its grade follows the one before, across a joiner.
      const before = lastItem.get(ctx.sentence)
      if (!before || st.tokens[0]?.start !== before.end + 1) return
      LEADING_GRADE.lastIndex = from
      const own = LEADING_GRADE.exec(norm)?.[0]
      if (!own) return
      headAt = from + own.length
      quoteStart = before.quoteStart
    }
    const noun = nounAfter(norm, headAt)
    if (!noun || noun.start !== headAt) return
    // The grade opens the label, so a scope after it stays (国家级全域旅游示范区).
    const label = cleanLabel((grade ?? norm.slice(from, headAt)) + norm.slice(noun.start, noun.end))
    for (const d of st.drafts) {
      d.label = label
      d.labelSource = 'noun'
      d.quoteStart = quoteStart
      d.quoteEnd = grade ? quoteEnd : noun.end
    }
    if (grade) lastItem.set(ctx.sentence, { end: quoteEnd, quoteStart })
  },
}
