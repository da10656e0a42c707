import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { BriefingContent, BriefingDoc } from '@shared/schemas/briefing'
import { ApiError } from '@shared/errors'
import { useApi } from '../bridge'
import { useHistoryStore } from './history'
import { useSaveStatusStore } from './save-status'

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
  const saveStatus = useSaveStatusStore()

  const briefing = shallowRef<BriefingDoc | null>(null)
  const revision = ref(0)
  const updatedAt = ref('')
  const readOnly = ref(false)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  /** Set when a save is refused because another window saved first; editing stops until a reload. */
  const conflict = ref<string | null>(null)
  /** The briefing as last written (or loaded); anything else is unsaved. */
  const saved = shallowRef<BriefingDoc | null>(null)

  const dirty = computed(() => briefing.value !== null && briefing.value !== saved.value)
  const editable = computed(() => briefing.value !== null && !readOnly.value && conflict.value === null)
  const slides = computed(() => briefing.value?.slides ?? [])

  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<boolean> | null = null

  async function load(id: string): Promise<void> {
    cancelAutosave()
    loading.value = true
    loadError.value = null
    try {
      const result = await useApi().getBriefing({ id })
      briefing.value = result.briefing
      saved.value = result.briefing
      revision.value = result.briefing.revision
      updatedAt.value = result.briefing.updatedAt
      readOnly.value = result.readOnly
      conflict.value = null
      history.clear()
      saveStatus.setReadOnly(result.readOnly)
    } catch (error) {
      briefing.value = null
      saved.value = null
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
    scheduleAutosave()
    return true
  }

  function undo(): boolean {
    if (!briefing.value || !editable.value) return false
    const previous = history.undo(briefing.value)
    if (!previous) return false
    briefing.value = previous
    scheduleAutosave()
    return true
  }

  function redo(): boolean {
    if (!briefing.value || !editable.value) return false
    const next = history.redo(briefing.value)
    if (!next) return false
    briefing.value = next
    scheduleAutosave()
    return true
  }

  function scheduleAutosave(): void {
    cancelAutosave()
    timer = setTimeout(() => {
      timer = null
      void save()
    }, AUTOSAVE_MS)
  }

  function cancelAutosave(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  /** Writes the current briefing; read at call time, so a retry from the status bar saves the latest. */
  async function persist(): Promise<void> {
    const doc = briefing.value
    if (!doc || readOnly.value || conflict.value !== null || doc === saved.value) return
    const base = revision.value
    const result = await useApi().saveBriefing({ briefing: { ...doc, revision: base, updatedAt: updatedAt.value }, baseRevision: base })
    revision.value = result.revision
    updatedAt.value = result.updatedAt
    saved.value = doc
  }

  /** Saves now (pending autosave included). Resolves true when everything is on disk. */
  async function save(): Promise<boolean> {
    cancelAutosave()
    if (inFlight) {
      await inFlight
      return dirty.value ? save() : conflict.value === null
    }
    if (!dirty.value || readOnly.value || conflict.value !== null) return !dirty.value
    inFlight = saveStatus
      .track(persist)
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'conflict') conflict.value = error.message
        if (error instanceof ApiError && error.code === 'read-only') readOnly.value = true
        return false
      })
      .finally(() => {
        inFlight = null
      })
    const ok = await inFlight
    // Edits made while the write was on its way go out with the next one.
    if (ok && dirty.value) scheduleAutosave()
    return ok && !dirty.value
  }

  /** Forgets the briefing (leaving the editor), without saving. */
  function close(): void {
    cancelAutosave()
    briefing.value = null
    saved.value = null
    conflict.value = null
    readOnly.value = false
    history.clear()
    saveStatus.setReadOnly(false)
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
    save,
    close,
    hasPendingAutosave: () => timer !== null,
  }
})
