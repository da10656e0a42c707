import { CHANGE_ADVERBS, CHANGE_VERB_SOURCE, FROM_OPENING } from './from-to'
import type { Rule } from './types'

/**
 * A change from one level to another of which only one level is read as a figure: the start is written in words
 * (`企业开办时间从一个月以上压缩到目前的平均4个工作日以内`), or the level reached is no figure the tokeniser reads. The
 * subject then ends in the start of the change (`…从一个月以上压缩到目前`, or `…年限从` before the first level): the label
 * is what stands before 从/由, and the figure is the level reached (or the first level, when 从/由 ends the subject).
 * Only a subject that ends so is cut: 从/由 inside a word (`从业人员`, `自由贸易区`) opens no change.
 *
 * A change read whole whose subject is only its opening (`由全国第12位上升到第9位`, read as «由全国») is of the sentence's
 * subject, checked; without one, the label stays as read, doubted.
 */
const START_OF_CHANGE = new RegExp(
  `^(.{2,}?)(?:${CHANGE_ADVERBS.join('|')})?[由从](?:(.+?)(?:${CHANGE_ADVERBS.join('|')})?${CHANGE_VERB_SOURCE}{1,2}(?:到|至|为)(?:目前|现在|当前|去年|上年|\\d{4}年)?(?:底|末)?的?(?:平均|最短|最长)?)?$`,
  'u',
)

/** A change whose subject names nothing before 由/从 (`由全国第12位上升到第9位`): the words after it name no owner. */
const OPENING_ONLY = /^(?:分别|均|统一)?[由从](?=\p{Script=Han})/u

export const startOfChange: Rule = {
  name: 'start-of-change',
  apply(st, ctx) {
    if (st.dropped) return
    if (st.shape === 'from-to') {
      // 生产总值先后跨上1万亿元、2万亿元两个台阶，由全国第12位上升到第9位: the change is of the sentence's subject; without
      // one, the label stays as read, which confidence doubts (a label opened by 由/从), and so does every figure that takes
      // it after.
      if (!st.drafts.some((d) => d.labelSource === 'subject' && OPENING_ONLY.test(d.label))) return
      const owner = ctx.sentence.subject
      if (!owner) return
      for (const d of st.drafts) {
        if (d.labelSource !== 'subject' || !OPENING_ONLY.test(d.label)) continue
        d.label = owner
        d.labelSource = 'context'
        d.reasons.add('label-from-context')
      }
      return
    }
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject') continue
      const m = START_OF_CHANGE.exec(d.label)
      if (!m) continue
      // The level reached, or the first level right after 由/从 (`年限从13.5年…`); a figure further on (`从一季度下滑40.8%`, a
      // growth of part of the year) is left as read, doubted.
      const first = m[2] === undefined && FROM_OPENING.test(ctx.norm.slice(Math.max(st.clauseStart, d.token.start - 12), d.token.start))
      if (m[2] === undefined && !first) continue
      d.label = m[1] as string
      d.periodHint ??= { role: first ? 'from' : 'to' }
    }
  },
}
