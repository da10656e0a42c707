import { parsePeriod, period } from './period-format'
import { YEAR_OPENINGS } from './words/periods'

/** The times a paragraph can name before a figure, the last one speaking for it. */
const TIME_WORDS = new RegExp(`\\d{4}年|今年|明年|去年|${YEAR_OPENINGS.join('|')}`, 'g')
/** The times that, in a report given before its year, are of the year reviewed: `今年`, `年初以来`, `新年伊始`. */
const SPEECH_YEAR = new Set(['今年', ...YEAR_OPENINGS])
/**
 * `比今年`, `较今年`, `同今年`, `是2016年的1.6倍`, `从2020年的84.4%`: a base compared with or changed from, not the time of
 * the clause.
 */
const COMPARED = /[比较同与是从由]$/

/**
 * A report given in November or December, before the year it plans (`——2022年12月28日在…`), says `今年` of the year
 * it reviews (`今年是新一届政府履职的第一年。…办结建议177件`, `今年…预计全年地区生产总值增长7.5%左右`): in a part
 * on a past time, a figure dated the plan year by a `今年` before it in its paragraph is of the year reviewed (a yearly
 * average, of the span the part reviews). Returns the period to keep.
 */
export function lateSessionPeriod(
  resolved: string | null,
  norm: string,
  paragraphStart: number,
  at: number,
  year: number | null,
  sectionPeriod: string | null,
  average = false,
): string | null {
  // (`今年以来，…地区生产总值增长3.5%` dates a result of the plan year: in such a report, of the year reviewed too.)
  if (year === null || (resolved !== period(year, year, true) && resolved !== period(year))) return resolved
  const section = parsePeriod(sectionPeriod)
  if (!section || section.target || section.to >= year) return resolved
  const before = norm.slice(paragraphStart, at)
  let last: RegExpExecArray | null = null
  TIME_WORDS.lastIndex = 0
  for (let m = TIME_WORDS.exec(before); m !== null; m = TIME_WORDS.exec(before)) {
    if (!COMPARED.test(before.slice(Math.max(0, m.index - 1), m.index))) last = m
  }
  if (!last || !SPEECH_YEAR.has(last[0])) return resolved
  // (`预计今年地区生产总值达到377亿元，是2016年的1.6倍，年均增长6.7%` in a review of five years: a yearly average is of
  // the years the part reviews, not of the one year.)
  return average && section.from < section.to ? sectionPeriod : period(year - 1)
}

/**
 * `预计今年地区生产总值达到377亿元` in a part on a past time: the speech estimates the year it reviews as the one still
 * running, so it is given before that year ends, as a report dated November or December is; this reads so a report
 * pasted without its date line.
 */
export function estimatesTheYearReviewed(
  norm: string,
  sections: readonly { id: string; start: number }[],
  periodOf: (id: string) => string | null,
  year: number | null,
): boolean {
  if (year === null) return false
  for (const m of norm.matchAll(/预计今年/gu)) {
    const section = sections.filter((s) => s.start <= m.index).at(-1)
    const part = parsePeriod(section ? periodOf(section.id) : null)
    if (part && !part.target && part.to < year) return true
  }
  return false
}
