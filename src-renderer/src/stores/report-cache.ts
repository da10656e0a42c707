import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ItemSummary } from '@shared/api'
import type { ReportDoc } from '@shared/schemas/report'
import { useApi } from '../bridge'

/**
 * Reports read for building slides (the editor's report panel, a section dragged onto the rail), each
 * read once and shared. The report store puts every edit of the open report here, and a library listing
 * drops a report whose file changed, so the editor never builds a slide from an outdated copy.
 */
export const useReportCacheStore = defineStore('reportCache', () => {
  const reports = shallowRef<ReadonlyMap<string, ReportDoc>>(new Map())
  const reading = new Map<string, Promise<ReportDoc>>()

  function put(report: ReportDoc): void {
    const next = new Map(reports.value)
    next.set(report.id, report)
    reports.value = next
  }

  function forget(id: string): void {
    if (!reports.value.has(id)) return
    const next = new Map(reports.value)
    next.delete(id)
    reports.value = next
  }

  /** The report, read from the workspace the first time (concurrent callers share one read). */
  async function get(id: string): Promise<ReportDoc> {
    const cached = reports.value.get(id)
    if (cached) return cached
    let read = reading.get(id)
    if (!read) {
      read = useApi()
        .getReport({ id })
        .then(({ report }) => (put(report), report))
        .finally(() => reading.delete(id))
      reading.set(id, read)
    }
    return read
  }

  /** Drops copies older than the files the library lists (edited in another window, restored, deleted). */
  function reconcile(listed: readonly ItemSummary[]): void {
    const current = new Map(listed.map((item) => [item.id, item.updatedAt]))
    for (const [id, report] of reports.value) if (current.get(id) !== report.updatedAt) forget(id)
  }

  return { reports, get, getMany: (ids: readonly string[]) => Promise.all(ids.map(get)), put, forget, reconcile }
})
