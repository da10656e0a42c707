import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { BriefingDoc } from '@shared/schemas/briefing'

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200
/** Edits with the same coalesce key closer together than this are one undo step (typing a word). */
export const COALESCE_MS = 1500

/**
 * Undo and redo of the deck. Snapshots are whole briefings, cheap because deck operations share every
 * slide they do not change. Only the deck store's `commit` calls `record`; nothing else pushes history.
 */
export const useHistoryStore = defineStore('history', () => {
  const past = shallowRef<readonly BriefingDoc[]>([])
  const future = shallowRef<readonly BriefingDoc[]>([])
  let lastKey: string | null = null
  let lastAt = 0

  const canUndo = computed(() => past.value.length > 0)
  const canRedo = computed(() => future.value.length > 0)

  /** Records the state before an edit. A run of edits with one coalesce key records once. */
  function record(before: BriefingDoc, coalesce?: string): void {
    const now = Date.now()
    const merge = coalesce !== undefined && coalesce === lastKey && now - lastAt < COALESCE_MS && past.value.length > 0
    lastKey = coalesce ?? null
    lastAt = now
    future.value = []
    if (merge) return
    const next = [...past.value, before]
    past.value = next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next
  }

  /** The state to go back to (the current one moves to redo), or null. */
  function undo(current: BriefingDoc): BriefingDoc | null {
    const previous = past.value[past.value.length - 1]
    if (!previous) return null
    past.value = past.value.slice(0, -1)
    future.value = [...future.value, current]
    lastKey = null
    return previous
  }

  function redo(current: BriefingDoc): BriefingDoc | null {
    const next = future.value[future.value.length - 1]
    if (!next) return null
    future.value = future.value.slice(0, -1)
    past.value = [...past.value, current]
    lastKey = null
    return next
  }

  function clear(): void {
    past.value = []
    future.value = []
    lastKey = null
  }

  /** Ends a coalescing run, so the next edit is its own step (e.g. when a field loses focus). */
  function seal(): void {
    lastKey = null
  }

  return { past, future, canUndo, canRedo, record, undo, redo, clear, seal }
})
