/**
 * Whether two reports make a pair to compare: the same place (from the title or speaker line, as the parser
 * found it), and consecutive years. When the place of either is unknown, a person decides (the app asks; the
 * CLI refuses without --force).
 */
import type { ReportContent } from '../schemas/report'

export type PlaceMatch = 'same' | 'different' | 'unknown'
export type YearMatch = 'consecutive' | 'reversed' | 'other' | 'unknown'

type Identity = Pick<ReportContent, 'year' | 'place'>

function placeName(place: string | null): string | null {
  const p = place?.replace(/\s+/g, '').replace(/人民政府$/, '') ?? ''
  return p.length >= 2 ? p : null
}

/** `海拉尔区` and `呼伦贝尔市海拉尔区` are one place; `吉林省` and `吉林市` are not. */
export function placeMatch(a: string | null, b: string | null): PlaceMatch {
  const x = placeName(a)
  const y = placeName(b)
  if (x === null || y === null) return 'unknown'
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.endsWith(short) ? 'same' : 'different'
}

export function yearMatch(previous: number | null, current: number | null): YearMatch {
  if (previous === null || current === null) return 'unknown'
  if (current === previous + 1) return 'consecutive'
  if (previous === current + 1) return 'reversed'
  return 'other'
}

export interface PairCheck {
  place: PlaceMatch
  years: YearMatch
}

export function checkPair(previous: Identity, current: Identity): PairCheck {
  return { place: placeMatch(previous.place, current.place), years: yearMatch(previous.year, current.year) }
}

/** Whether a person must confirm the pair before it is compared. */
export function needsConfirmation(check: PairCheck): boolean {
  return check.place !== 'same' || check.years !== 'consecutive'
}

const YEAR = (y: number | null) => (y === null ? '年份不明' : `${y}年`)
const PLACE = (p: string | null) => p ?? '地区不明'

/** What is doubtful about a pair, in one Chinese sentence per doubt; empty when it is a pair. */
export function pairDoubts(previous: Identity, current: Identity): string[] {
  const check = checkPair(previous, current)
  const doubts: string[] = []
  if (check.place === 'different') doubts.push(`两份报告不是同一地区的（${PLACE(previous.place)}、${PLACE(current.place)}）。`)
  if (check.place === 'unknown') doubts.push(`无法确定两份报告是否同一地区（${PLACE(previous.place)}、${PLACE(current.place)}）。`)
  if (check.years === 'reversed') doubts.push(`上年报告（${YEAR(previous.year)}）比本年报告（${YEAR(current.year)}）晚一年，顺序颠倒了。`)
  if (check.years === 'other') doubts.push(`两份报告的年份不相邻（${YEAR(previous.year)}、${YEAR(current.year)}）。`)
  if (check.years === 'unknown') doubts.push(`无法确定报告的年份（${YEAR(previous.year)}、${YEAR(current.year)}）。`)
  return doubts
}

export interface ListedReport {
  id: string
  year?: number | null | undefined
  place?: string | null | undefined
}

/**
 * The report of the same place `offset` years away (−1: the previous year's, +1: the next year's), from a
 * listing in the order to prefer (the library lists the newest first); null when there is none.
 */
export function neighbourReport<R extends ListedReport>(current: ListedReport, reports: readonly R[], offset: -1 | 1): R | null {
  const year = current.year ?? null
  if (year === null) return null
  return (
    reports.find((r) => r.id !== current.id && r.year === year + offset && placeMatch(r.place ?? null, current.place ?? null) === 'same') ?? null
  )
}
