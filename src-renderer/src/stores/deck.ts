import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { errorMessage } from '@shared/errors'
import { newId } from '@shared/ids'
import type { BriefingContent, BriefingDoc, ChartType, Slide, SlideLayout } from '@shared/schemas/briefing'
import type { ReportContent } from '@shared/schemas/report'
import {
  addSlide,
  applyDeckStyle,
  continueOverflowingBullets,
  createSlide,
  duplicateSlide,
  moveSlide,
  removeSlide,
  setHidden,
  updateSlide,
  type SlidePatch,
} from '@shared/briefing/deck-operations'
import { chartSlideFromMetrics } from '@shared/slides/layouts/chart'
import { kpiSlideFromMetrics } from '@shared/slides/layouts/kpi'
import { sectionSlideFromSection } from '@shared/slides/layouts/section'
import { tableSlideFromMetrics } from '@shared/slides/layouts/table'
import { stableDeckStyle, type DeckStyle } from '@shared/slides/deck'
import { useApi } from '../bridge'

/** A change of the deck's look: theme, page shape, chrome. */
export type DeckStyleChange = Parameters<typeof applyDeckStyle>[1]
import { useHistoryStore } from './history'
import { createDocumentSaver } from './document-saver'
import { useNoticesStore } from './notices'
import { useReportCacheStore } from './report-cache'
import { useUiStore } from './ui'

/** Autosave runs this long after the last edit. */
export const AUTOSAVE_MS = 800

export interface CommitOptions {
  /** Edits with the same key in quick succession are one undo step, e.g. `title:<slideId>` while typing. */
  coalesce?: string
}

/** A section of a report, dragged from the report panel onto the rail. */
export interface SectionRef {
  reportId: string
  sectionId: string
}

/**
 * The briefing being edited and every edit of it. Every change goes through `commit`, which records the
 * undo snapshot and schedules the autosave, so no caller can forget either. The briefing is held
 * immutably in a shallowRef: operations from `@shared/briefing/deck-operations` return new objects and share
 * unchanged slides. The store also owns the current slide (the ui store's selection, kept valid after
 * a delete or an undo), so an edit can select what it made.
 */
export const useDeckStore = defineStore('deck', () => {
  const history = useHistoryStore()
  const ui = useUiStore()
  const notices = useNoticesStore()
  const reportCache = useReportCacheStore()

  const briefing = shallowRef<BriefingDoc | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const saver = createDocumentSaver<BriefingDoc>({
    delayMs: AUTOSAVE_MS,
    current: () => briefing.value,
    write: (doc, baseRevision) => useApi().saveBriefing({ briefing: doc, baseRevision }),
  })
  // A conflict (another window saved first) stops editing until a reload.
  const { revision, readOnly, conflict, dirty } = saver
  const editable = computed(() => briefing.value !== null && !readOnly.value && conflict.value === null)
  const slides = computed(() => briefing.value?.slides ?? [])

  // ── The current slide ──────────────────────────────────────────────────────────────────────────
  /** Where the selection was, so a deleted slide's neighbour takes over. */
  let lastIndex = 0
  const currentIndex = computed(() => {
    const i = slides.value.findIndex((s) => s.id === ui.selectedSlideId)
    return i >= 0 ? i : Math.min(lastIndex, slides.value.length - 1)
  })
  const current = computed<Slide | null>(() => slides.value[currentIndex.value] ?? null)
  // The deck's look as one object that changes only when the look does, so typing redraws no other thumbnail.
  let lastStyle: DeckStyle | undefined
  const deckStyle = computed<DeckStyle | undefined>(() => (briefing.value ? (lastStyle = stableDeckStyle(lastStyle, briefing.value)) : undefined))
  watch(
    [slides, () => ui.selectedSlideId],
    () => {
      const i = slides.value.findIndex((s) => s.id === ui.selectedSlideId)
      if (i >= 0) lastIndex = i
      else if (slides.value.length > 0) ui.select(slides.value[Math.min(lastIndex, slides.value.length - 1)]!.id)
    },
    // At once, so an action right after a delete already sees the neighbour selected.
    { immediate: true, flush: 'sync' },
  )
  function selectAt(index: number): void {
    const s = slides.value[Math.max(0, Math.min(slides.value.length - 1, index))]
    if (s) ui.select(s.id)
  }
  const selectBy = (delta: number) => selectAt(currentIndex.value + delta)

  /** Opens a briefing at `slideId` (a link back from the report), or the first slide. */
  async function load(id: string, slideId?: string): Promise<void> {
    saver.cancel()
    loading.value = true
    loadError.value = null
    lastIndex = 0
    ui.select(null)
    try {
      const result = await useApi().getBriefing({ id })
      briefing.value = result.briefing
      saver.loaded(result.briefing, result.readOnly)
      history.clear()
      const wanted = result.briefing.slides.find((s) => s.id === slideId) ?? result.briefing.slides[0]
      ui.select(wanted?.id ?? null)
    } catch (error) {
      briefing.value = null
      saver.loaded(null)
      loadError.value = errorMessage(error)
    } finally {
      loading.value = false
    }
  }

  /**
   * Applies a change to the briefing: the ONE way a deck is edited. Records undo, schedules autosave.
   * Returns false when nothing changed or the briefing cannot be edited (read-only, conflict).
   */
  function commit(change: (b: BriefingDoc) => BriefingContent, opts: CommitOptions = {}): boolean {
    const before = briefing.value
    if (!before || !editable.value) return false
    const after = change(before) as BriefingDoc
    if (after === before) return false
    history.record(before, opts.coalesce)
    briefing.value = after
    saver.schedule()
    return true
  }

  function undo(): boolean {
    if (!briefing.value || !editable.value) return false
    const previous = history.undo(briefing.value)
    if (!previous) return false
    briefing.value = previous
    saver.schedule()
    return true
  }

  function redo(): boolean {
    if (!briefing.value || !editable.value) return false
    const next = history.redo(briefing.value)
    if (!next) return false
    briefing.value = next
    saver.schedule()
    return true
  }

  // ── Edits ──────────────────────────────────────────────────────────────────────────────────────

  /** Typing in one field of one slide is one undo step, until the field is left (`seal`). */
  function patchSlide(slideId: string, patch: SlidePatch, field: string = Object.keys(patch).join(',')): void {
    commit((b) => updateSlide(b, slideId, patch), { coalesce: `${slideId}:${field}` })
  }
  function patchCurrent(patch: SlidePatch, field?: string): void {
    if (current.value) patchSlide(current.value.id, patch, field)
  }

  /** Inserts slides (default: after the current one) and selects the first. */
  function insertSlides(list: readonly Slide[], at = slides.value.length === 0 ? 0 : currentIndex.value + 1): boolean {
    const first = list[0]
    if (!first || !commit((b) => list.reduce((deck, slide, k) => addSlide(deck, slide, at + k), b as BriefingContent))) return false
    ui.select(first.id)
    return true
  }
  /** Makes a slide with a factory that may refuse (too many figures, a section gone) and inserts it. */
  function insertMade(make: () => Slide, at?: number): void {
    try {
      insertSlides([make()], at)
    } catch (error) {
      notices.error(error)
    }
  }

  function moveTo(from: number, to: number): void {
    const id = slides.value[from]?.id
    if (commit((b) => moveSlide(b, from, to)) && id) ui.select(id)
  }
  function moveCurrent(delta: number): void {
    const i = currentIndex.value
    if (current.value && i + delta >= 0 && i + delta < slides.value.length) moveTo(i, i + delta)
  }
  function duplicate(id: string): void {
    const i = slides.value.findIndex((s) => s.id === id)
    if (commit((b) => duplicateSlide(b, id))) selectAt(i + 1)
  }
  function remove(id: string): void {
    commit((b) => removeSlide(b, id))
  }
  function toggleHidden(id: string): void {
    const s = slides.value.find((x) => x.id === id)
    if (s) commit((b) => setHidden(b, id, !s.hidden))
  }

  /** Slides from elsewhere (the clipboard, another briefing): new ids, and their reports joined to this briefing. */
  function paste(list: readonly Slide[]): boolean {
    const fresh = list.map((s) => ({ ...structuredClone(s), id: newId('s') }))
    const reportIds = [...new Set(fresh.flatMap((s) => s.sources.map((src) => src.reportId)))]
    const at = slides.value.length === 0 ? 0 : currentIndex.value + 1
    const ok = commit((b) => {
      const missing = reportIds.filter((id) => !b.reportIds.includes(id))
      const joined = missing.length ? { ...b, reportIds: [...b.reportIds, ...missing] } : b
      return fresh.reduce((deck, slide, k) => addSlide(deck, slide, at + k), joined as BriefingContent)
    })
    if (ok && fresh[0]) ui.select(fresh[0].id)
    return ok
  }

  // ── From report to slide ───────────────────────────────────────────────────────────────────────

  function addReport(reportId: string): void {
    commit((b) => (b.reportIds.includes(reportId) ? b : { ...b, reportIds: [...b.reportIds, reportId] }))
  }
  async function dropSection(ref: SectionRef, at: number): Promise<void> {
    try {
      const report = await reportCache.get(ref.reportId)
      insertMade(() => sectionSlideFromSection(report, ref.sectionId), at)
    } catch (error) {
      notices.error(error)
    }
  }

  /** Forgets the briefing (leaving the editor), without saving. */
  function close(): void {
    briefing.value = null
    saver.loaded(null)
    history.clear()
  }

  return {
    briefing,
    slides,
    revision,
    readOnly,
    loading,
    loadError,
    conflict,
    dirty,
    editable,
    currentIndex,
    current,
    load,
    commit,
    undo,
    redo,
    /** Ends a run of coalesced typing: the next edit is its own undo step (a field was left). */
    seal: () => history.seal(),
    save: saver.save,
    close,
    hasPendingAutosave: saver.hasPendingAutosave,
    selectAt,
    selectBy,
    patchSlide,
    patchCurrent,
    insertSlides,
    addLayout: (layout: SlideLayout) => insertMade(() => createSlide(layout)),
    deckStyle,
    /** Theme, page shape or chrome; one undo step per `key` (a colour picked while dragging is one step). */
    setStyle: (change: DeckStyleChange, key: string) => commit((b) => applyDeckStyle(b, change), { coalesce: key }),
    /** Moves the bullets that do not fit the current slide onto （续） slides after it. */
    splitOverflow: () => {
      const slide = current.value
      if (slide) commit((b) => continueOverflowingBullets(b, slide.id))
    },
    moveTo,
    moveCurrent,
    duplicate,
    remove,
    toggleHidden,
    paste,
    addReport,
    dropSection,
    insertSection: (report: ReportContent, sectionId: string) => insertMade(() => sectionSlideFromSection(report, sectionId)),
    makeKpi: (report: ReportContent, metricIds: readonly string[]) => insertMade(() => kpiSlideFromMetrics(report, metricIds)),
    makeChart: (report: ReportContent, metricIds: readonly string[], type: ChartType) => insertMade(() => chartSlideFromMetrics(report, metricIds, type)),
    makeTable: (report: ReportContent, metricIds: readonly string[]) => insertMade(() => tableSlideFromMetrics(report, metricIds)),
  }
})
