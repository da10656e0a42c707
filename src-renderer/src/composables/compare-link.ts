import { computed, onMounted, type Ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import { neighbourReport } from '@shared/compare/pair-check'
import type { ReportDoc } from '@shared/schemas/report'
import { useLibraryStore } from '../stores/library'

export interface CompareLink {
  to: RouteLocationRaw
  /** The report it will be compared with, when the library holds one of the same place a year apart. */
  partner: string | null
}

/**
 * Where 对照上年目标 leads from a report: its comparison with last year's report (the one it is linked to, or the
 * same place's for the year before); from last year's report, the next year's comparison with it; else the
 * comparison view, to pick a report by hand.
 */
export function useCompareLink(report: Ref<ReportDoc | null>) {
  const library = useLibraryStore()
  onMounted(() => {
    if (!library.loaded) void library.refresh()
  })
  return computed<CompareLink | null>(() => {
    const r = report.value
    if (!r) return null
    const listed = library.library.reports
    const own = `/report/${r.id}/compare`
    const linked = r.comparison ? listed.find((x) => x.id === r.comparison?.previousReportId) : undefined
    const previous = linked ?? neighbourReport(r, listed, -1)
    if (previous) return { to: own, partner: previous.title }
    const next = neighbourReport(r, listed, 1)
    if (next) return { to: { path: `/report/${next.id}/compare`, query: { previous: r.id } }, partner: next.title }
    return { to: own, partner: null }
  })
}
