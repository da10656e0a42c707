import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BriefingContent, BriefingDoc } from '@shared/schemas/briefing'
import { useApi } from '../bridge'
import { useHistoryStore } from './history'
import { createDocumentSaver } from './document-saver'

/** Autosave runs this long after the last edit. */
export const AUTOSAVE_MS = 800

export interface CommitOptions {
  /** Edits with the same key in quick succession are one undo step, e.g. `title:<slideId>` while typing. */
  coalesce?: string
}

/**
 * The briefing being edited. Every change goes through `commit`, which records the undo snapshot and
 * schedules the autosave, so no caller can forget either. The briefing is held immutably in a
 * shallowRef: operations from `@shared/briefing/ops` return new objects and share unchanged slides.
 */
export const useDeckStore = defineStore('deck', () => {
  const history = useHistoryStore()

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

  async function load(id: string): Promise<void> {
    saver.cancel()
    loading.value = true
    loadError.value = null
    try {
      const result = await useApi().getBriefing({ id })
      briefing.value = result.briefing
      saver.loaded(result.briefing, result.readOnly)
      history.clear()
    } catch (error) {
      briefing.value = null
      saver.loaded(null)
      loadError.value = error instanceof Error ? error.message : String(error)
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
    load,
    commit,
    undo,
    redo,
    save: saver.save,
    close,
    hasPendingAutosave: saver.hasPendingAutosave,
  }
})
