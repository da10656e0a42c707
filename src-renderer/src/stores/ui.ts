import { defineStore } from 'pinia'
import { ref } from 'vue'

export type SidePanel = 'properties' | 'report'

/** Editor UI state, kept small: which slide is selected and which side panel is open. */
export const useUiStore = defineStore('ui', () => {
  const selectedSlideId = ref<string | null>(null)
  const sidePanel = ref<SidePanel>('properties')

  function select(slideId: string | null): void {
    selectedSlideId.value = slideId
  }

  return { selectedSlideId, sidePanel, select }
})
