import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Metric, ReportDoc, Section } from '@shared/schemas/report'
import { ApiError } from '@shared/errors'
import { useApi } from '../bridge'
import { useSaveStatusStore } from './save-status'

/** How long after the last edit a report is saved. */
export const REPORT_AUTOSAVE_MS = 600

/**
 * The open report and the edits made to its metric table. Every change goes through `commit`, which
 * schedules the save; a save that meets a newer revision on disk is refused and reported, never merged.
 */
export const useReportStore = defineStore('report', () => {
  const report = shallowRef<ReportDoc | null>(null)
  const readOnly = ref(false)
  const conflict = ref<string | null>(null)
  const loadError = ref<string | null>(null)
  let savedRevision = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> | null = null

  const sectionsById = computed(() => {
    const map = new Map<string, Section>()
    const walk = (list: Section[]) => list.forEach((s) => (map.set(s.id, s), walk(s.children)))
    walk(report.value?.sections ?? [])
    return map
  })

  async function load(id: string): Promise<void> {
    await flush()
    report.value = null
    conflict.value = null
    loadError.value = null
    try {
      const result = await useApi().getReport({ id })
      report.value = result.report
      readOnly.value = result.readOnly
      savedRevision = result.report.revision
      useSaveStatusStore().setReadOnly(result.readOnly)
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error)
    }
  }

  function commit(change: (metrics: Metric[]) => Metric[]): void {
    const current = report.value
    if (!current || readOnly.value || conflict.value) return
    report.value = { ...current, metrics: change(current.metrics) }
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void save(), REPORT_AUTOSAVE_MS)
  }

  async function save(): Promise<void> {
    timer = null
    const doc = report.value
    if (!doc || readOnly.value || conflict.value) return
    if (saving) await saving
    const status = useSaveStatusStore()
    saving = status
      .track(async () => {
        const saved = await useApi().saveReport({ report: doc, baseRevision: savedRevision })
        savedRevision = saved.revision
        if (report.value?.id === doc.id) report.value = { ...report.value, revision: saved.revision, updatedAt: saved.updatedAt }
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'conflict') conflict.value = error.message
      })
      .finally(() => (saving = null))
    await saving
  }

  /** Saves pending edits now (leaving the view, closing the window). */
  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      await save()
    } else if (saving) {
      await saving
    }
  }

  const hasPendingEdits = () => timer !== null || saving !== null

  return {
    report,
    readOnly,
    conflict,
    loadError,
    sectionsById,
    load,
    flush,
    hasPendingEdits,
    updateMetric: (id: string, patch: Partial<Pick<Metric, 'label' | 'value' | 'unit' | 'pinned'>>) =>
      commit((list) => list.map((m) => (m.id === id ? { ...m, ...patch, edited: true } : m))),
    deleteMetric: (id: string) => commit((list) => list.filter((m) => m.id !== id)),
    addMetric: (metric: Metric) => commit((list) => [...list, metric].sort((a, b) => a.start - b.start)),
  }
})
