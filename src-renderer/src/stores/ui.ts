import { defineStore } from 'pinia'
import { ref } from 'vue'

export type SidePanel = 'properties' | 'report'
/** Library commands asked for from another view (the menu's 导入报告…, 新建汇报): the library runs them when it opens. */
export type LibraryCommand = 'import-report' | 'new-briefing'

/** Editor UI state, kept small: which slide is selected, which side panel and overlay are open. */
export const useUiStore = defineStore('ui', () => {
  const selectedSlideId = ref<string | null>(null)
  const sidePanel = ref<SidePanel>('properties')
  /** Set when a show ends: the slide the editor selects when it next loads, instead of the first. */
  const returnSlideId = ref<string | null>(null)
  /** The keyboard-shortcut overlay (F1, 帮助 → 快捷键). */
  const shortcutsOpen = ref(false)
  const libraryCommand = ref<LibraryCommand | null>(null)

  function select(slideId: string | null): void {
    if (returnSlideId.value !== null) {
      // The editor is (re)loading after a show: keep the slide the show ended on.
      if (slideId === null) return
      selectedSlideId.value = returnSlideId.value
      returnSlideId.value = null
      return
    }
    selectedSlideId.value = slideId
  }

  /** Back from a show: select this slide, and keep it through the editor's reload. */
  function returnTo(slideId: string): void {
    selectedSlideId.value = slideId
    returnSlideId.value = slideId
  }

  /** The library command waiting to run, once. */
  function takeLibraryCommand(): LibraryCommand | null {
    const command = libraryCommand.value
    libraryCommand.value = null
    return command
  }

  return { selectedSlideId, sidePanel, returnSlideId, shortcutsOpen, libraryCommand, select, returnTo, takeLibraryCommand }
})
