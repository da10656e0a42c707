import { cleanLabel, longestPrefix } from './clause'
import { indicatorById, indicatorOf } from '../indicators'
import { PART_OF_YEAR } from '../words/periods'
import type { Draft } from './types'

/** A part of the year, or the whole of it, as an item of a list of times. */
const TIME = `(?:${PART_OF_YEAR.source}|全年)`
/** Times listed with `、` (`一季度、上半年、前三季度`), then what may stand before the figures (`分别增长`, `均同比增长`). */
const TIMES_LISTED = new RegExp(`(${TIME}(?:[、和及]${TIME})+)((?:分别|均)?(?:同比)?[\\u4e00-\\u9fff]{0,4})$`, 'u')
const PART_ONLY = new RegExp(`^${PART_OF_YEAR.source}$`, 'u')

/**
 * The subject before a list of times the figures are paired with, one each (`全省地区生产总值一季度、上半年、前三季度分别增长
 * 2.5%、2.7%、2.8%`): every figure is of that subject, not of the time it is paired with; a figure of a part of the year is
 * no result of the year, and says so (period-inferred, 待核对); one of `全年` is the year's. Returns whether it labelled them.
 */
export function labelTimesListed(before: string, drafts: readonly Draft[], clauseBefore = ''): boolean {
  const m = TIMES_LISTED.exec(before)
  if (!m || m[1] === undefined) return false
  const times = m[1].split(/[、和及]/u)
  if (times.length !== drafts.length) return false
  // (`地区生产总值增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长…`: a list of times opening its clause is
  // of the standard indicator the clause before opens with.)
  const subject = cleanLabel(before.slice(0, m.index)) || indicatorOpening(clauseBefore)
  if (subject.length < 2) return false
  drafts.forEach((d, k) => {
    d.label = subject
    d.labelSource = 'list'
    if (PART_ONLY.test(times[k] as string)) d.reasons.add('period-inferred')
  })
  return true
}

/** A name of an indicator's growth rather than of the indicator (经济增速, 地区生产总值增长). */
const GROWTH_NAME_ENDING = /(?:增速|增长|增幅)$/u

/**
 * The standard indicator a clause opens with (`地区生产总值` of `地区生产总值增速呈现…态势`), as written, or by its own name
 * when the clause names its growth (经济增速 → 地区生产总值); '' when it opens with none.
 */
export function indicatorOpening(clause: string): string {
  const name = longestPrefix(cleanLabel(clause), (prefix) => indicatorOf(prefix) !== null)
  const id = name === null ? null : indicatorOf(name)
  if (name === null || id === null) return ''
  return GROWTH_NAME_ENDING.test(name) ? (indicatorById(id)?.name ?? '') : name
}
