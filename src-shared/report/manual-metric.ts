import type { Metric, ReportContent, Section } from '../schemas/report'
import { cleanLabel, extractMetrics } from './metrics'
import { normalizeForAnalysis } from './normalize'
import { indicatorOf } from './indicators'

const UNIT = /^(个百分点|万亿元|亿元|万元|元|%|万人次|人次|万人|人|万户|户|家|万个|个|项|万亩|亩|万吨|吨|平方公里|公里|天|倍|位|所|套|座|条|辆)/

/**
 * A metric made from text a person selected in the report: the extractor's reading of the selection
 * when it finds one, otherwise its first number with the unit after it. Null when the selection holds no
 * number. The result is marked `edited`, so it is the person's, and offsets point into the report text.
 */
export function metricFromSelection(report: ReportContent, start: number, end: number): Metric | null {
  const from = Math.max(0, Math.min(start, end))
  const to = Math.min(report.text.length, Math.max(start, end))
  const slice = report.text.slice(from, to)
  if (!slice.trim()) return null
  const section = innermostSection(report.sections, from)
  const base = {
    id: nextManualId(report.metrics),
    sectionId: section?.id ?? null,
    period: nearbyPeriod(report.metrics, section?.id ?? null, from),
    edited: true,
    pinned: false,
    high: null,
    written: null,
    confidence: { level: 'high' as const, reasons: [] },
  }
  const found = extractMetrics(slice)[0]
  if (found) {
    return {
      ...base,
      label: found.label,
      value: found.value,
      unit: found.unit,
      kind: found.kind,
      qualifier: found.qualifier,
      high: found.high,
      written: found.written,
      ...(found.average ? { average: true } : {}),
      ...(found.gap ? { gap: found.gap } : {}),
      indicator: found.indicator ?? indicatorOf(found.label),
      quote: slice.trim(),
      start: from + (slice.length - slice.trimStart().length),
      end: to - (slice.length - slice.trimEnd().length),
    }
  }
  const norm = normalizeForAnalysis(slice)
  const number = /-?\d+(?:\.\d+)?/.exec(norm)
  if (!number) return null
  const after = norm.slice(number.index + number[0].length)
  const unit = UNIT.exec(after)?.[1] ?? ''
  return {
    ...base,
    label: cleanLabel(slice.slice(0, number.index)) || slice.slice(0, number.index).trim(),
    value: Number(number[0]),
    unit,
    kind: unit === '%' ? 'share' : unit === '个百分点' ? 'change' : /家|个|项|人|户|所|套|座|条|辆|位/.test(unit) ? 'count' : 'amount',
    qualifier: null,
    indicator: null,
    quote: slice.trim(),
    start: from + (slice.length - slice.trimStart().length),
    end: to - (slice.length - slice.trimEnd().length),
  }
}

function innermostSection(sections: Section[], offset: number): Section | null {
  for (const s of sections) {
    if (offset >= s.start && offset < s.end) return innermostSection(s.children, offset) ?? s
  }
  return null
}

/** The period of the closest extracted metric in the same section, before or after. */
function nearbyPeriod(metrics: Metric[], sectionId: string | null, offset: number): string | null {
  let best: Metric | null = null
  for (const m of metrics) {
    if (m.sectionId !== sectionId) continue
    if (!best || Math.abs(m.start - offset) < Math.abs(best.start - offset)) best = m
  }
  return best?.period ?? null
}

function nextManualId(metrics: Metric[]): string {
  let max = 0
  for (const m of metrics) {
    const n = /^mu(\d+)$/.exec(m.id)
    if (n) max = Math.max(max, Number(n[1]))
  }
  return `mu${max + 1}`
}
