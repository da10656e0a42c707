import { computed, ref, shallowRef } from 'vue'
import type { Saved } from '@shared/api'
import { ApiError } from '@shared/errors'
import { useSaveStatusStore } from './save-status'
import { useNoticesStore } from './notices'

interface StoredDoc {
  revision: number
  updatedAt: string
}

export interface DocumentSaverOptions<D extends StoredDoc> {
  /** How long after the last edit the document is written. */
  delayMs: number
  /** The document as it is being edited now (held immutably: a new object after each change). */
  current: () => D | null
  /** Writes `doc` if the file is still at `baseRevision` (the api refuses otherwise). */
  write: (doc: D, baseRevision: number) => Promise<Saved>
}

/**
 * Autosave for one open document (a briefing, a report): what was last written, whether there are
 * unsaved edits, the debounced write, a save-now that waits for a write in flight, and the revision
 * check. A save refused as stale sets `conflict` and stops further writes, so another window's work is
 * never overwritten. Writes go through the save-status store, which shows them and keeps the retry.
 */
export function createDocumentSaver<D extends StoredDoc>(options: DocumentSaverOptions<D>) {
  const saveStatus = useSaveStatusStore()
  /** The document as last written (or loaded); anything else is unsaved. */
  const saved = shallowRef<D | null>(null)
  const revision = ref(0)
  const updatedAt = ref('')
  const readOnly = ref(false)
  /** Set when a save is refused because another window saved first. */
  const conflict = ref<string | null>(null)
  const dirty = computed(() => {
    const doc = options.current()
    return doc !== null && doc !== saved.value
  })
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<boolean> | null = null

  /** A document was (re)loaded: it is what is on disk. */
  function loaded(doc: D | null, isReadOnly = false): void {
    cancel()
    saved.value = doc
    revision.value = doc?.revision ?? 0
    updatedAt.value = doc?.updatedAt ?? ''
    readOnly.value = isReadOnly
    conflict.value = null
    saveStatus.setReadOnly(isReadOnly)
  }

  function schedule(): void {
    cancel()
    timer = setTimeout(() => {
      timer = null
      void save()
    }, options.delayMs)
  }

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  /** Writes the current document; read at call time, so a retry from the status bar saves the latest. */
  async function persist(): Promise<void> {
    const doc = options.current()
    if (!doc || readOnly.value || conflict.value !== null || doc === saved.value) return
    const base = revision.value
    const result = await options.write({ ...doc, revision: base, updatedAt: updatedAt.value }, base)
    revision.value = result.revision
    updatedAt.value = result.updatedAt
    saved.value = doc
  }

  /** Saves now (a pending autosave included). Resolves true when everything is on disk. */
  async function save(): Promise<boolean> {
    cancel()
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
        else if (error instanceof ApiError && error.code === 'read-only') readOnly.value = true
        // Say why (a full disk, no permission…): the status bar alone says only “保存失败”.
        else useNoticesStore().error(error)
        return false
      })
      .finally(() => {
        inFlight = null
      })
    const ok = await inFlight
    // Edits made while the write was on its way go out with the next one.
    if (ok && dirty.value) schedule()
    return ok && !dirty.value
  }

  return {
    saved,
    revision,
    readOnly,
    conflict,
    dirty,
    loaded,
    schedule,
    cancel,
    save,
    hasPendingAutosave: () => timer !== null,
  }
}
