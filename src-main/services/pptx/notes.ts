/**
 * Speaker notes of a slide in the .pptx: the slide's own notes, what the export had to say about its chart,
 * and where its figures come from, resolved against the reports: each figure's sentence in the report
 * (when the notes do not quote it already) and the parts of the report it stands in. A figure whose metric
 * the report no longer has is named as such, as the PDF marks it.
 */
import type { Slide } from '../../../src-shared/schemas/briefing'
import type { Metric, ReportContent } from '../../../src-shared/schemas/report'
import { findSection } from '../../../src-shared/briefing/report-text'

interface Reference {
  label: string
  metricId: string
  reportIds: readonly string[]
}

/** The metrics a slide shows or names, with the reports to look in (its sources', then the briefing's). */
function references(slide: Slide, briefingReportIds: readonly string[]): Reference[] {
  const reportIds = [...new Set([...slide.sources.map((s) => s.reportId), ...briefingReportIds])]
  const out: Reference[] = []
  const add = (label: string, metricId: string | undefined) => {
    if (metricId !== undefined && !out.some((r) => r.metricId === metricId)) out.push({ label, metricId, reportIds })
  }
  const figures = slide.layout === 'kpi' ? slide.figures : slide.layout === 'chart' ? slide.chart.figures : []
  for (const f of figures) add(f.label, f.metricId)
  if (slide.layout === 'table' || slide.layout === 'targets') for (const row of slide.rows) for (const id of row.metricIds) add(row.label, id)
  for (const s of slide.sources) for (const id of s.metricIds ?? []) add('', id)
  return out
}

const squeeze = (s: string) => s.replace(/[\s。；;，,]/g, '')

function sectionName(report: ReportContent, sectionId: string | null | undefined): string | null {
  if (!sectionId) return null
  const section = findSection(report.sections, sectionId)
  return section ? `${section.number}${section.title}`.trim() : null
}

export function speakerNotes(slide: Slide, reports: readonly ReportContent[], briefingReportIds: readonly string[], chartNotes: readonly string[] = []): string {
  const own = slide.notes.trim()
  const byId = new Map(reports.map((r) => [r.id, r]))
  const quoted: string[] = []
  const missing: string[] = []
  const places = new Map<string, Set<string>>()
  const placeOf = (report: ReportContent, sectionId: string | null | undefined) => {
    const set = places.get(report.title) ?? new Set<string>()
    const name = sectionName(report, sectionId)
    if (name) set.add(name)
    places.set(report.title, set)
  }
  for (const ref of references(slide, briefingReportIds)) {
    let found: { report: ReportContent; metric: Metric } | null = null
    for (const id of ref.reportIds) {
      const report = byId.get(id)
      const metric = report?.metrics.find((m) => m.id === ref.metricId)
      if (report && metric) {
        found = { report, metric }
        break
      }
    }
    if (!found) {
      // Without the reports nothing can be checked, and nothing is said.
      if (reports.length > 0) missing.push(ref.label || ref.metricId)
      continue
    }
    const { report, metric } = found
    placeOf(report, metric.sectionId)
    const quote = metric.quote.trim().replace(/[。；;，,]+$/u, '')
    if (quote && !squeeze(own).includes(squeeze(quote))) quoted.push(`${ref.label || metric.label}：“${quote}”`)
  }
  for (const s of slide.sources) {
    const report = byId.get(s.reportId)
    if (report) placeOf(report, s.sectionId)
  }
  const parts: string[] = []
  if (own) parts.push(own)
  parts.push(...chartNotes)
  if (quoted.length > 0) parts.push(['数据来源：', ...quoted].join('\n'))
  if (places.size > 0) parts.push(`出处：${[...places].map(([title, names]) => `《${title}》${[...names].join('、')}`).join('；')}`)
  if (missing.length > 0) parts.push(`〔来源指标缺失〕报告中已找不到这些指标：${missing.join('、')}。`)
  return parts.join('\n\n')
}
