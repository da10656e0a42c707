import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage } from '@shared/errors'

export type SaveState = 'saved' | 'saving' | 'failed' | 'readOnly'

/**
 * What the save-status indicator shows. Whoever writes to the workspace runs the write through `track`,
 * so the indicator cannot fall out of step; a failed write keeps its retry.
 */
export const useSaveStatusStore = defineStore('saveStatus', () => {
  const state = ref<SaveState>('saved')
  const message = ref('')
  let pending = 0
  let retryLast: (() => Promise<unknown>) | null = null

  async function track<T>(write: () => Promise<T>): Promise<T> {
    pending++
    state.value = 'saving'
    try {
      const result = await write()
      if (--pending === 0) state.value = 'saved'
      message.value = ''
      retryLast = null
      return result
    } catch (error) {
      pending--
      state.value = 'failed'
      message.value = errorMessage(error)
      retryLast = write
      throw error
    }
  }

  async function retry(): Promise<void> {
    const write = retryLast
    if (write) await track(write).catch(() => undefined)
  }

  function setReadOnly(readOnly: boolean): void {
    if (readOnly) state.value = 'readOnly'
    else if (state.value === 'readOnly') state.value = 'saved'
  }

  return { state, message, track, retry, setReadOnly }
})
