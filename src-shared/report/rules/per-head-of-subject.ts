import type { Rule } from './types'

/** A label that says only "per head": what is divided by the people is named elsewhere. */
const PER_HEAD = '人均'
/** The size of a sum (`GDP总量`): per head it is the sum itself (人均GDP). */
const SIZE_WORD = /(?<=..)(总量|规模)$/u
/** A label read from a clause that opens with a preposition (`按原核算方法计算总量`) names no sum to divide. */
const OPENS_WITH_PREPOSITION = /^[按以从在比由对]/u

/**
 * `全市生产总值达到2800亿元，人均超过1.2万美元`: a clause whose subject is only `人均` is the per-head value of the last sum of
 * money written before it in the sentence (人均 + 生产总值), when this one is money too (a rank or a count between them
 * changes nothing). Without such a figure the label stays `人均`, which is flagged as vague.
 */
export const perHeadOfSubject: Rule = {
  name: 'per-head-of-subject',
  apply(st, ctx) {
    if (st.dropped || !st.drafts.some((d) => d.label === PER_HEAD)) return
    const sum = ctx.sentence.figures.findLast((d) => d.token.cls === 'money' && d.label !== '')
    if (!sum || sum.label.startsWith(PER_HEAD) || OPENS_WITH_PREPOSITION.test(sum.label)) return
    const subject = sum.label.replace(SIZE_WORD, '')
    for (const d of st.drafts) {
      if (d.label !== PER_HEAD || d.labelSource !== 'subject' || d.token.cls !== 'money') continue
      d.label = PER_HEAD + subject
      d.labelSource = 'context'
    }
  },
}
