import { defineStore } from 'pinia'
import { ref } from 'vue'

export type SidePanel = 'properties' | 'report'

/** Editor UI state, kept small: which slide is selected and which side panel is open. */
export const useUiStore = defineStore('ui', () => {
  const selectedSlideId = ref<string | null>(null)
  const sidePanel = ref<SidePanel>('properties')
  /** Set when a show ends: the slide the editor selects when it next loads, instead of the first. */
  const returnSlideId = ref<string | null>(null)

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

  return { selectedSlideId, sidePanel, select, returnTo }
})
