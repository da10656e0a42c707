import { cleanLabel } from './clause'
import { PART_OF_YEAR } from '../words/periods'
import type { Draft } from './types'

/** A part of the year, or the whole of it, as an item of a list of times. */
const TIME = `(?:${PART_OF_YEAR.source}|全年)`
/** Times listed with `、` (`一季度、上半年、前三季度`), then what may stand before the figures (`分别增长`, `均同比增长`). */
const TIMES_LISTED = new RegExp(`(${TIME}(?:、${TIME})+)((?:分别|均)?(?:同比)?[\\u4e00-\\u9fff]{0,4})$`, 'u')
const PART_ONLY = new RegExp(`^${PART_OF_YEAR.source}$`, 'u')

/**
 * The subject before a list of times the figures are paired with, one each (`全省地区生产总值一季度、上半年、前三季度分别增长
 * 2.5%、2.7%、2.8%`): every figure is of that subject, not of the time it is paired with; a figure of a part of the year is
 * no result of the year, and says so (period-inferred, 待核对); one of `全年` is the year's. Returns whether it labelled them.
 */
export function labelTimesListed(before: string, drafts: readonly Draft[]): boolean {
  const m = TIMES_LISTED.exec(before)
  if (!m || m[1] === undefined) return false
  const times = m[1].split('、')
  if (times.length !== drafts.length) return false
  const subject = cleanLabel(before.slice(0, m.index))
  if (subject.length < 2) return false
  drafts.forEach((d, k) => {
    d.label = subject
    d.labelSource = 'list'
    if (PART_ONLY.test(times[k] as string)) d.reasons.add('period-inferred')
  })
  return true
}
