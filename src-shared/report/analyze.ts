import type { Metric, Section } from '../schemas/report'
import { normalizeForAnalysis } from './normalize'
import { buildSections } from './sections'
import { extractMetrics } from './metrics'
import { indicatorOf } from './indicators'
import { reportYearOf, sectionPeriods, sentencePeriod } from './period'

export interface ReportAnalysis {
  title: string
  year: number | null
  place: string | null
  sections: Section[]
  metrics: Metric[]
}

/**
 * Understand a report: section tree + metrics. Pure, linear in the text length, never throws.
 */
export function analyzeReportText(text: string): ReportAnalysis {
  try {
    return analyzeUnsafe(typeof text === 'string' ? text : String(text ?? ''))
  } catch {
    return { title: '', year: null, place: null, sections: [], metrics: [] }
  }
}

function analyzeUnsafe(text: string): ReportAnalysis {
  const norm = normalizeForAnalysis(text)
  const tree = buildSections(text, norm)
  const year = reportYearOf(tree.title, tree.speakerLine, tree.flat)
  const periods = sectionPeriods(tree.sections, year)
  const raw = extractMetrics(text, { norm })

  // Innermost section of each metric: the last section (pre-order) that starts at or before it.
  const flat = tree.flat
  let si = -1
  const metrics: Metric[] = raw.map((r) => {
    while (si + 1 < flat.length && (flat[si + 1] as Section).start <= r.start) si++
    const sec = si >= 0 ? (flat[si] as Section) : null
    const base = sec ? (periods.get(sec.id) ?? null) : null
    // Cues up to the figure itself: “2021年达到235.6亿元” names its year inside the clause.
    const cue = sentencePeriod(norm, valueStart(norm, r.start, r.end), year)
    return {
      id: r.id,
      label: r.label,
      value: r.value,
      unit: r.unit,
      kind: r.kind,
      qualifier: r.qualifier,
      high: r.high,
      written: r.written,
      period: cue !== undefined ? cue : base,
      indicator: indicatorOf(r.label),
      confidence: r.confidence,
      quote: r.quote,
      sectionId: sec ? sec.id : null,
      start: r.start,
      end: r.end,
    }
  })
  return { title: tree.title, year, place: null, sections: tree.sections, metrics }
}

/** Where the figure's number starts within its clause (the first digit), so a year before it counts as a cue. */
function valueStart(norm: string, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const c = norm.charCodeAt(k)
    if (c >= 48 && c <= 57 && !/^\d{4}年/.test(norm.slice(k, k + 5))) return k
    if (c >= 48 && c <= 57) k += 4
  }
  return start
}
