import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { errorMessage } from '@shared/errors'
import type { CompletionStatus, ComparisonOverride, ReportDoc } from '@shared/schemas/report'
import { compareReports, withOverride } from '@shared/compare/compare'
import { neighbourReport, pairDoubts } from '@shared/compare/pair-check'
import { useReportStore } from './report'
import { useReportCacheStore } from './report-cache'
import { useLibraryStore } from './library'

/**
 * 对照上年目标: this year's report (open in the report store, which saves it) against last year's (read from
 * the cache). The pairing is computed from both; a person's corrections go into this report's `comparison`,
 * saved like any edit of it, so they survive a reload and the draft uses them.
 */
export const useComparisonStore = defineStore('comparison', () => {
  const reports = useReportStore()
  const cache = useReportCacheStore()
  const library = useLibraryStore()
  const previous = shallowRef<ReportDoc | null>(null)
  const loadError = ref<string | null>(null)
  const loading = ref(false)

  const current = computed(() => reports.report)
  const comparison = computed(() => (current.value && previous.value ? compareReports(previous.value, current.value) : null))
  /** The pair was chosen or confirmed by a person (or corrected): saved on this report. */
  const linked = computed(() => previous.value !== null && current.value?.comparison?.previousReportId === previous.value.id)
  /** What is doubtful about the pair (another place, years not consecutive); a person decides. */
  const doubts = computed(() => (current.value && previous.value ? pairDoubts(previous.value, current.value) : []))
  /** Last year's report of the same place in the library, if any. */
  const suggested = computed(() => (current.value ? neighbourReport(current.value, library.library.reports, -1) : null))
  /** Every other report, to pick by hand; last year's of the same place first. */
  const choices = computed(() => {
    const others = library.library.reports.filter((r) => r.id !== current.value?.id)
    const first = suggested.value
    return first ? [first, ...others.filter((r) => r.id !== first.id)] : others
  })

  async function open(currentId: string, previousId: string | null): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      if (reports.report?.id !== currentId) await reports.load(currentId)
      if (!library.loaded) await library.refresh()
      const id = previousId ?? current.value?.comparison?.previousReportId ?? suggested.value?.id ?? null
      previous.value = null
      if (id) await choose(id)
    } finally {
      loading.value = false
    }
  }

  /** Shows last year's report `id` against this one; saved as the pair only once a person links it. */
  async function choose(id: string): Promise<void> {
    try {
      previous.value = await cache.get(id)
      loadError.value = null
    } catch (error) {
      previous.value = null
      loadError.value = errorMessage(error)
    }
  }

  /** Saves the pair on this report, keeping its corrections when it is the same pair. */
  function link(): void {
    const c = current.value
    const p = previous.value
    if (!c || !p) return
    const same = c.comparison?.previousReportId === p.id
    reports.setComparison({ previousReportId: p.id, overrides: same ? (c.comparison?.overrides ?? []) : [] })
  }

  function correct(targetId: string, change: Partial<Omit<ComparisonOverride, 'targetId'>> | null): void {
    const p = previous.value
    if (!p || !current.value) return
    if (!linked.value) link()
    const overrides = current.value.comparison?.overrides ?? []
    reports.setComparison({ previousReportId: p.id, overrides: withOverride(overrides, targetId, change) })
  }

  return {
    previous,
    current,
    comparison,
    linked,
    doubts,
    suggested,
    choices,
    loading,
    loadError,
    open,
    choose,
    link,
    setStatus: (targetId: string, status: CompletionStatus) => correct(targetId, { status, confirmed: true }),
    /** A result picked by hand (a metric id), none (null), or back to the matched one (undefined). */
    setResult: (targetId: string, resultId: string | null | undefined) => correct(targetId, { resultId, confirmed: true }),
    setIncluded: (targetId: string, included: boolean) => correct(targetId, { dropped: !included }),
    confirm: (targetId: string) => correct(targetId, { confirmed: true }),
    reset: (targetId: string) => correct(targetId, null),
  }
})
