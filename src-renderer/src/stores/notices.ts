import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage } from '@shared/errors'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  message: string
}

/** Messages for the user: short confirmations that fade, and errors that stay until dismissed. */
export const useNoticesStore = defineStore('notices', () => {
  const items = ref<Notice[]>([])
  let next = 1

  function push(kind: Notice['kind'], message: string): void {
    const notice = { id: next++, kind, message }
    items.value = [...items.value.slice(-4), notice]
    if (kind === 'info') setTimeout(() => dismiss(notice.id), 4000)
  }

  function dismiss(id: number): void {
    items.value = items.value.filter((n) => n.id !== id)
  }

  /** Shows an error's message; ApiErrors already carry a sentence for the user. */
  function error(err: unknown): void {
    push('error', errorMessage(err))
  }

  return { items, info: (message: string) => push('info', message), error, dismiss }
})
