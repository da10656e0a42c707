import { ref } from 'vue'
import type { ShowCommand } from '@shared/show-sync'
import { assertNever } from '@shared/assert-never'
import { useShowStore } from '../stores/show'
import { useHotkeys } from './hotkeys'
import { useMenuActions } from './menu-actions'
import { showHotkeys, type ShowKeyAction } from './show-keys'

export interface ShowControlsOptions {
  /** Carries out a navigation command: the store itself (solo, presenter) or a request to the presenter (audience). */
  command: (command: ShowCommand) => void
  /** Esc: end the show. */
  end: () => void
  /** Alt+F5: switch to the presenter view (solo show only). */
  presenter?: () => void
}

/**
 * The keys of a show view: installs the one hotkey table, and keeps the view-local overlays (help, and
 * the keyboard highlight in the overview) out of the store. Pointer input (click, wheel) goes through
 * the same `handle`.
 */
export function useShowControls(options: ShowControlsOptions) {
  const show = useShowStore()
  const helpOpen = ref(false)
  const highlight = ref(0)

  function openOverview(): void {
    highlight.value = Math.max(0, show.position)
    show.overviewOpen = true
  }
  function jump(position: number): void {
    show.overviewOpen = false
    options.command({ action: 'goto', position })
  }

  function handleOverview(action: ShowKeyAction, key: string): void {
    const last = Math.max(0, show.total - 1)
    switch (action.kind) {
      case 'next':
        if (key === 'Enter') return jump(highlight.value)
        highlight.value = Math.min(last, highlight.value + 1)
        return
      case 'prev':
        highlight.value = Math.max(0, highlight.value - 1)
        return
      case 'first':
        highlight.value = 0
        return
      case 'last':
        highlight.value = last
        return
      case 'goto':
        return jump(action.slideNumber - 1)
      case 'overview':
      case 'escape':
        show.overviewOpen = false
        return
      case 'help':
        helpOpen.value = true
        return
      // The rest have no meaning while the overview is open.
      case 'from-current':
      case 'black':
      case 'white':
      case 'presenter':
        return
      default:
        return assertNever(action)
    }
  }

  function handle(action: ShowKeyAction, key = ''): void {
    if (helpOpen.value) {
      helpOpen.value = false
      if (action.kind === 'escape' || action.kind === 'help') return
    }
    if (show.overviewOpen) return handleOverview(action, key)
    switch (action.kind) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        return options.command({ action: action.kind })
      case 'goto':
        return options.command({ action: 'goto', position: action.slideNumber - 1 })
      case 'from-current':
        return
      case 'black':
      case 'white':
        return options.command({ action: action.kind })
      case 'overview':
        return openOverview()
      case 'help':
        helpOpen.value = true
        return
      case 'escape':
        return options.end()
      case 'presenter':
        return options.presenter?.()
      default:
        return assertNever(action)
    }
  }

  useHotkeys(showHotkeys(handle))
  // The desktop menu takes F1 and F5 before the page sees them: the same actions as the keys.
  useMenuActions({ 'show-help': () => handle({ kind: 'help' }), 'present-start': () => handle({ kind: 'first' }), 'present-from-current': () => undefined })

  /** Mouse wheel: one slide per gesture, not one per event (trackpads send dozens). */
  let wheelSum = 0
  let wheelAt = -Infinity
  function onWheel(event: WheelEvent): void {
    if (show.overviewOpen || helpOpen.value) return
    if (event.timeStamp - wheelAt < 300) return
    wheelSum += event.deltaY
    if (Math.abs(wheelSum) < 40) return
    handle({ kind: wheelSum > 0 ? 'next' : 'prev' })
    wheelSum = 0
    wheelAt = event.timeStamp
  }
  function onClick(event: MouseEvent): void {
    if (event.button !== 0 || show.overviewOpen || helpOpen.value) return
    handle({ kind: 'next' })
  }

  return { helpOpen, highlight, handle, jump, onWheel, onClick }
}
