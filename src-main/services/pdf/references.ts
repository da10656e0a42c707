/**
 * Metric references of a slide checked against the reports they point into. Figures keep their own copy
 * of the value, so a slide still shows it when the report changes; a reference to a metric the report no
 * longer has is drawn with a visible tag and reported. Without the reports (a briefing file alone) nothing
 * can be checked, and nothing is reported.
 */
import type { Slide } from '../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../src-shared/schemas/report'

export interface SlideReferenceCheck {
  /** Indexes of figures (KPI cards, chart figures) whose metric is gone. */
  missingFigures: Set<number>
  /** Metric ids referenced and not found. */
  missingIds: string[]
  /** The slide refers to metrics but has no figures or rows to show. */
  missingData: boolean
}

export function checkSlideReferences(slide: Slide, reports: readonly ReportContent[] | undefined, briefingReportIds: readonly string[]): SlideReferenceCheck {
  const figures = slide.layout === 'kpi' ? slide.figures : slide.layout === 'chart' ? slide.chart.figures : []
  const referencesMetrics = slide.sources.some((s) => (s.metricIds?.length ?? 0) > 0)
  const empty =
    (slide.layout === 'kpi' && slide.figures.length === 0) ||
    (slide.layout === 'chart' && slide.chart.figures.length === 0) ||
    ((slide.layout === 'table' || slide.layout === 'targets') && slide.rows.length === 0)
  const result: SlideReferenceCheck = { missingFigures: new Set(), missingIds: [], missingData: empty && referencesMetrics }
  if (!reports) return result
  const byId = new Map(reports.map((r) => [r.id, new Set(r.metrics.map((m) => m.id))]))
  const missing = new Set<string>()
  const known = (reportId: string, metricId: string) => byId.get(reportId)?.has(metricId) ?? false
  for (const src of slide.sources) for (const id of src.metricIds ?? []) if (!known(src.reportId, id)) missing.add(id)
  const candidates = [...new Set([...slide.sources.map((s) => s.reportId), ...briefingReportIds])]
  figures.forEach((f, i) => {
    if (f.metricId === undefined) return
    if (!candidates.some((r) => known(r, f.metricId!))) {
      result.missingFigures.add(i)
      missing.add(f.metricId)
    }
  })
  if (slide.layout === 'table' || slide.layout === 'targets') {
    for (const row of slide.rows) for (const id of row.metricIds) if (!candidates.some((r) => known(r, id))) missing.add(id)
  }
  result.missingIds = [...missing]
  return result
}
