import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { errorMessage } from '@shared/errors'
import type { BriefingDoc, Slide } from '@shared/schemas/briefing'
import type { Blackout, ShowCommand, ShowState } from '@shared/show-sync'
import { useApi } from '../bridge'

/**
 * The show: which slide is on screen, the blackout, the overview and the presenter's timer.
 *
 * Navigation has one source of truth, `position`: the index among the VISIBLE slides (hidden slides are
 * skipped). Everything else — the slide shown, its index in the briefing, the next slide, has-next,
 * progress — is computed from it. Moving is O(1); the list of visible slides is computed once per deck.
 */
export const useShowStore = defineStore('show', () => {
  const briefing = shallowRef<BriefingDoc | null>(null)
  const loadError = ref<string | null>(null)
  const position = ref(0)
  const blackout = ref<Blackout>(null)
  const fade = ref(false)
  const overviewOpen = ref(false)

  const slides = computed<readonly Slide[]>(() => briefing.value?.slides ?? [])
  /** Indices into `slides` of the slides that are shown, in order. */
  const visible = computed(() => {
    const out: number[] = []
    slides.value.forEach((s, i) => {
      if (!s.hidden) out.push(i)
    })
    return out
  })
  const total = computed(() => visible.value.length)
  /** Index in the briefing's slides array of the slide on screen; -1 when there is none. */
  const slideIndex = computed(() => visible.value[position.value] ?? -1)
  const current = computed(() => slides.value[slideIndex.value] ?? null)
  const nextSlide = computed(() => slides.value[visible.value[position.value + 1] ?? -1] ?? null)
  const hasNext = computed(() => position.value < total.value - 1)
  const hasPrev = computed(() => position.value > 0)
  const progress = computed(() => (total.value === 0 ? 0 : (position.value + 1) / total.value))
  /** What the audience needs to draw: sent by the presenter on every change. */
  const state = computed<ShowState>(() => ({ slideIndex: Math.max(0, slideIndex.value), blackout: blackout.value, fade: fade.value }))

  // ── Timer: elapsed time = accumulated + (now − startedAt) while running ─────────────────────────
  const timerStartedAt = ref<number | null>(null)
  const timerAccumulated = ref(0)
  const timerRunning = computed(() => timerStartedAt.value !== null)
  function elapsedMs(now: number): number {
    return timerAccumulated.value + (timerStartedAt.value === null ? 0 : Math.max(0, now - timerStartedAt.value))
  }
  function startTimer(now = Date.now()): void {
    if (timerStartedAt.value === null) timerStartedAt.value = now
  }
  function pauseTimer(now = Date.now()): void {
    if (timerStartedAt.value === null) return
    timerAccumulated.value += Math.max(0, now - timerStartedAt.value)
    timerStartedAt.value = null
  }
  function toggleTimer(now = Date.now()): void {
    if (timerRunning.value) pauseTimer(now)
    else startTimer(now)
  }
  function resetTimer(now = Date.now()): void {
    timerAccumulated.value = 0
    timerStartedAt.value = timerStartedAt.value === null ? null : now
  }

  // ── Navigation ──────────────────────────────────────────────────────────────────────────────────
  /** Goes to a position among the visible slides (clamped). A jump lifts the blackout. */
  function goTo(p: number): void {
    const last = Math.max(0, total.value - 1)
    position.value = Math.min(Math.max(0, Math.trunc(p)), last)
    blackout.value = null
  }
  /** Next slide; on a black or white screen the first press only brings the slide back (as PowerPoint). */
  function next(): void {
    if (blackout.value) blackout.value = null
    else if (hasNext.value) position.value++
  }
  function prev(): void {
    if (blackout.value) blackout.value = null
    else if (hasPrev.value) position.value--
  }
  function first(): void {
    goTo(0)
  }
  function last(): void {
    goTo(total.value - 1)
  }
  /** Starts at a slide of the briefing's array; a hidden one starts at the next visible slide. */
  function startAt(index: number): void {
    const p = visible.value.findIndex((i) => i >= index)
    goTo(p >= 0 ? p : total.value - 1)
  }
  function toggleBlackout(kind: 'black' | 'white'): void {
    blackout.value = blackout.value === kind ? null : kind
  }
  /** A command from a key, a click or the audience window. 'end' is the view's business. */
  function apply(command: ShowCommand): void {
    switch (command.action) {
      case 'next':
        return next()
      case 'prev':
        return prev()
      case 'first':
        return first()
      case 'last':
        return last()
      case 'goto':
        return goTo(command.position ?? 0)
      case 'black':
      case 'white':
        return toggleBlackout(command.action)
      case 'end':
        return
    }
  }
  /** The audience follows the presenter's state. */
  function follow(s: ShowState): void {
    const p = visible.value.indexOf(s.slideIndex)
    if (p >= 0) position.value = p
    else startAt(s.slideIndex)
    blackout.value = s.blackout
    fade.value = s.fade
  }

  /** Loads the briefing for a show: always the saved file (the editor saves before it leaves). */
  async function load(id: string, startIndex = 0): Promise<void> {
    loadError.value = null
    try {
      const result = await useApi().getBriefing({ id })
      briefing.value = result.briefing
    } catch (error) {
      briefing.value = null
      loadError.value = errorMessage(error)
      return
    }
    overviewOpen.value = false
    startAt(startIndex)
  }
  /**
   * Desktop: puts the audience window on the other display (the presenter's goes where it was). Resolves
   * false when there is only one display.
   */
  async function swapDisplays(): Promise<boolean> {
    return (await useApi().swapDisplays({})).swapped
  }

  /** Forgets the deck so the next show reads the file again (it may have been edited meanwhile). */
  function close(): void {
    briefing.value = null
    overviewOpen.value = false
    blackout.value = null
    position.value = 0
    timerStartedAt.value = null
    timerAccumulated.value = 0
  }

  return {
    briefing,
    loadError,
    position,
    blackout,
    fade,
    overviewOpen,
    slides,
    visible,
    total,
    slideIndex,
    current,
    nextSlide,
    hasNext,
    hasPrev,
    progress,
    state,
    timerStartedAt,
    timerAccumulated,
    timerRunning,
    elapsedMs,
    startTimer,
    pauseTimer,
    toggleTimer,
    resetTimer,
    goTo,
    next,
    prev,
    first,
    last,
    startAt,
    toggleBlackout,
    apply,
    follow,
    load,
    swapDisplays,
    close,
  }
})
