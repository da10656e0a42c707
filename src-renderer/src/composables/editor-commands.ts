import { nextTick } from 'vue'
import { useRouter } from 'vue-router'
import { useDeckStore } from '../stores/deck'
import { useUiStore } from '../stores/ui'

/** Undo and redo leave any text field first, so the field shows the restored text. */
function leaveTextField(): void {
  const el = document.activeElement as HTMLElement | null
  if (el && el !== document.body && el.matches('input, textarea, [contenteditable]')) el.blur()
}

/**
 * The editor's commands that the toolbar, the hotkey table and the application menu share: one
 * implementation each, whichever way the user asks.
 */
export function useEditorCommands() {
  const deck = useDeckStore()
  const ui = useUiStore()
  const router = useRouter()
  const briefingId = () => deck.briefing?.id ?? ''

  /** The show, from a slide of the briefing (0: from the start). */
  function present(from: number): void {
    if (deck.slides.length > 0) void router.push({ path: `/show/${briefingId()}`, query: { from: String(Math.max(0, from)) } })
  }

  return {
    undo(): void {
      leaveTextField()
      deck.undo()
    },
    redo(): void {
      leaveTextField()
      deck.redo()
    },
    /**
     * Reloads the file (after a conflict). The dialog hands the focus back to the field that was being
     * typed in; leaving it makes the field show the file's text rather than the refused edit.
     */
    async reload(): Promise<void> {
      await deck.load(briefingId())
      await nextTick()
      leaveTextField()
    },
    present,
    presentFromCurrent: () => present(deck.currentIndex),
    /** The presenter view (notes, timer, next slide); it opens the audience view itself. */
    presenterView(): void {
      if (deck.slides.length > 0) void router.push({ path: `/presenter/${briefingId()}`, query: { from: String(Math.max(0, deck.currentIndex)) } })
    },
    /** 来源: the report at the slide's figure or section, with a way back to this slide. */
    openSource(): void {
      const slide = deck.current
      const source = slide?.sources.find((s) => s.metricIds?.length || s.sectionId)
      if (!slide || !source) return
      const at: Record<string, string> = source.metricIds?.length ? { metric: source.metricIds[0]! } : { section: source.sectionId! }
      void router.push({ path: `/report/${source.reportId}`, query: { ...at, briefing: briefingId(), slide: slide.id } })
    },
    openHelp: () => void (ui.shortcutsOpen = true),
  }
}
