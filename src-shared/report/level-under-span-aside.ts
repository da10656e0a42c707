import type { MetricKind } from '../schemas/report'
import { isSpan, parsePeriod, period } from './period-format'
import type { PeriodHint } from './rules/types'

/** The years of a five-year plan or a government's term. */
const PLAN_YEARS = 5

/** Words that make a figure a sum or a change over the years it is read in (`累计`, `新增`, `提高`), not a level. */
const OVER_THE_YEARS = /累计|新增|总计|合计|共|增加|减少|提高|提升|下降|降低|缩短|翻/
/** A verb stating the level reached (`达到`, `突破`, `缩小至`). */
const LEVEL_VERB = /(?:达到?|突破|首破|超过|接近|增至|升至|提高到|提高至|提升至|缩小至|降至|为|居|位居|跃居|排名|占)(?:[^\d,;:。]{0,4}第)?(?:[\d.]+[^\d,;:。、和及]{0,4}[、和及])*$/u
/** A number of years in the figure's own clause. */
const OWN_YEARS = /[\d一二三四五六七八九十两]年/u
/** A growth written right after a level of the same clause (`生产总值20059亿元、增长5.6%`): that level's year's growth. */
const GROWTH_AFTER_LEVEL = /\d[^\d,;:。]{0,8}[、,](?:分别)?(?:同比|比上年)?增长(?:[\d.]+%[和、及])*$/u

/**
 * `8年来，我们坚持…。全市生产总值20059亿元、增长5.6%` in the review of one year: an aside looking back N years up to
 * the year reviewed dates a level stated under it to that year, the last of the N (what a level is at is its latest
 * time); a sum, a change or an average over the years stays theirs. Returns the year reviewed and whether a level
 * verb or the figure's kind makes it sure (else it is flagged), or undefined when the
 * figure keeps its period. (`clauseBefore`: the text of the figure's clause before it, to the last comma; `textBefore`:
 * a few words more, across commas.)
 */
export function levelUnderSpanAside(
  resolved: string | null,
  cue: string | undefined,
  section: { period: string | null; named: boolean; mixed?: unknown } | undefined,
  hint: PeriodHint | null,
  kind: MetricKind | null,
  clauseBefore: string,
  textBefore: string,
): { period: string; sure: boolean } | undefined {
  if (!section?.named || section.mixed || cue === undefined || resolved !== cue || !isSpan(cue)) return undefined
  const s = parsePeriod(section.period)
  const c = parsePeriod(cue)
  if (!s || !c || s.target || c.target || s.from !== s.to || c.to !== s.to) return undefined
  // (Five years are a plan's or a government's term: `五年来，…` at a term's end states its achievements, dated to the
  // five years whatever the part, as the label conventions have it.)
  if (c.to - c.from + 1 === PLAN_YEARS) return undefined
  if (hint && (hint.average || hint.base !== undefined || hint.yearsBack !== undefined || hint.role !== undefined || hint.year !== undefined)) return undefined
  // (`近两年人均预期寿命增幅居全国第1位`: a time in the figure's own clause is its own, no aside.)
  if (OVER_THE_YEARS.test(clauseBefore) || OWN_YEARS.test(clauseBefore)) return undefined
  const level = kind === 'amount' || kind === 'share' || kind === 'count' || kind === 'rank'
  const growthOfLevel = kind === 'growth' && GROWTH_AFTER_LEVEL.test(textBefore)
  if (!level && !growthOfLevel) return undefined
  // (`城区总人口突破千万`, `城镇化率65%`: a level by its verb or its kind; `刑拘1667人`, `完成人工造林35.3万亩` may be the
  // sum of the N years: dated to the year, but read, not written.)
  const sure = growthOfLevel || kind === 'share' || kind === 'rank' || LEVEL_VERB.test(clauseBefore)
  return { period: period(s.to), sure }
}
