import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ApiError, errorMessage, type ApiErrorCode } from '@shared/errors'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  message: string
  /** An error's code: NoticeArea shows the disk's errors (full, read-only, no permission) in the interface language. */
  code?: ApiErrorCode
}

/** Messages for the user: short confirmations that fade, and errors that stay until dismissed. */
export const useNoticesStore = defineStore('notices', () => {
  const items = ref<Notice[]>([])
  let next = 1

  function push(kind: Notice['kind'], message: string, code?: ApiErrorCode): void {
    // The same error again (an autosave that keeps failing) is already on screen.
    if (kind === 'error' && items.value.some((n) => n.kind === 'error' && n.message === message)) return
    const notice = { id: next++, kind, message, ...(code ? { code } : {}) }
    items.value = [...items.value.slice(-4), notice]
    if (kind === 'info') setTimeout(() => dismiss(notice.id), 4000)
  }

  function dismiss(id: number): void {
    items.value = items.value.filter((n) => n.id !== id)
  }

  /** Shows an error's message; ApiErrors already carry a sentence for the user. */
  function error(err: unknown): void {
    push('error', errorMessage(err), err instanceof ApiError ? err.code : undefined)
  }

  return { items, info: (message: string) => push('info', message), error, dismiss }
})
