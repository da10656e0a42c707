/**
 * The plan-year targets of a report: its figures for `<year> target` (the 主要预期目标 and the year's other
 * quantities to deliver). Sizes of projects that are only started or advanced (`推进投资5.5亿元的…`, `实施总投资
 * 11.4亿元的…`) are found but left out until a person takes them in.
 */
import type { Metric, ReportContent } from '../schemas/report'
import { formatNumber } from '../charts/format'
import { NOT_A_TARGET_BEFORE } from './words'
import { normalizeForAnalysis } from '../report/normalize'
import { CLAUSE_MAX, clauseStart } from '../report/rules/clause'

/** The year whose targets a report sets: its own year, else the year its target figures name most. */
export function planYear(report: Pick<ReportContent, 'year' | 'metrics'>): number | null {
  if (report.year !== null) return report.year
  const counts = new Map<number, number>()
  for (const m of report.metrics) {
    const y = /^(\d{4}) target$/.exec(m.period ?? '')?.[1]
    if (y) counts.set(Number(y), (counts.get(Number(y)) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y
  return best
}

/** The report's figures for the targets of `year`, in the order it gives them. */
export function targetsOf(report: Pick<ReportContent, 'metrics'>, year: number): Metric[] {
  const period = `${year} target`
  return report.metrics.filter((m) => m.period === period).sort((a, b) => a.start - b.start)
}

/**
 * The figure is the size of a project (推进投资X的…, 总投资…), not a quantity for the year. The verb may stand
 * before the quote, which starts at the measured thing (`推进` + `投资5.5亿元的…工程建设`), so the report's text
 * from the clause's start is read too when it is given.
 */
export function isProjectSize(m: Pick<Metric, 'quote' | 'value' | 'written' | 'start'>, text = ''): boolean {
  let lead = ''
  if (text.slice(m.start, m.start + m.quote.length) === m.quote) {
    // The parser's own clause boundary, on the normalised text (same offsets) just before the quote.
    const before = normalizeForAnalysis(text.slice(Math.max(0, m.start - CLAUSE_MAX), m.start))
    lead = before.slice(clauseStart(before, before.length, 0))
  }
  const at = [m.written, formatNumber(Math.abs(m.value))].flatMap((w) => (w ? [m.quote.indexOf(w)] : [])).find((k) => k >= 0)
  const before = lead + (at === undefined ? m.quote : m.quote.slice(0, at))
  return NOT_A_TARGET_BEFORE.some((w) => before.includes(w))
}
