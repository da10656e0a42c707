import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { errorMessage } from '@shared/errors'
import type { Comparison, Metric, ReportDoc, Section } from '@shared/schemas/report'
import { useApi } from '../bridge'
import { createDocumentSaver } from './document-saver'
import { useReportCacheStore } from './report-cache'
import { confirmed } from '@shared/report/needs-check'

/** How long after the last edit a report is saved. */
export const REPORT_AUTOSAVE_MS = 600

/**
 * The open report and the edits made to its metric table. Every change goes through `commit`, which
 * schedules the save; a save that meets a newer revision on disk is refused and reported, never merged.
 */
export const useReportStore = defineStore('report', () => {
  const cache = useReportCacheStore()
  const report = shallowRef<ReportDoc | null>(null)
  const loadError = ref<string | null>(null)
  const saver = createDocumentSaver<ReportDoc>({
    delayMs: REPORT_AUTOSAVE_MS,
    current: () => report.value,
    write: (doc, baseRevision) => useApi().saveReport({ report: doc, baseRevision }),
  })
  const { readOnly, conflict, dirty } = saver

  const sectionsById = computed(() => {
    const map = new Map<string, Section>()
    const walk = (list: Section[]) => list.forEach((s) => (map.set(s.id, s), walk(s.children)))
    walk(report.value?.sections ?? [])
    return map
  })

  async function load(id: string): Promise<void> {
    await saver.save()
    report.value = null
    loadError.value = null
    try {
      const result = await useApi().getReport({ id })
      report.value = result.report
      cache.put(result.report)
      saver.loaded(result.report, result.readOnly)
    } catch (error) {
      saver.loaded(null)
      loadError.value = errorMessage(error)
    }
  }

  function commitDoc(change: (doc: ReportDoc) => ReportDoc): void {
    const current = report.value
    if (!current || readOnly.value || conflict.value) return
    report.value = change(current)
    // The editor builds slides from this report: it sees the edit at once, before the save.
    cache.put(report.value)
    saver.schedule()
  }

  function commit(change: (metrics: Metric[]) => Metric[]): void {
    commitDoc((doc) => ({ ...doc, metrics: change(doc.metrics) }))
  }

  return {
    report,
    readOnly,
    conflict,
    dirty,
    loadError,
    sectionsById,
    load,
    /** Saves pending edits now (leaving the view, closing the window). */
    flush: saver.save,
    updateMetric: (id: string, patch: Partial<Pick<Metric, 'label' | 'value' | 'unit' | 'pinned'>>) =>
      commit((list) => list.map((m) => (m.id === id ? confirmed({ ...m, ...patch, edited: true }) : m))),
    deleteMetric: (id: string) => commit((list) => list.filter((m) => m.id !== id)),
    addMetric: (metric: Metric) => commit((list) => [...list, metric].sort((a, b) => a.start - b.start)),
    /** The comparison with last year's report (目标完成情况): which report, and a person's corrections. */
    setComparison: (comparison: Comparison) => commitDoc((doc) => ({ ...doc, comparison })),
  }
})
