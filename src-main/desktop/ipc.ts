import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { API_NAMES, ipcChannel } from '../../src-shared/api-channels'
import type { ApiResult } from '../../src-shared/api'
import type { ApiHandlers } from '../services/api-handlers'
import { dispatch } from '../services/dispatch'

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * Binds each api entry to its own channel. Every call is answered only for a trusted sender frame, and
 * its payload is validated by the entry's schema before a handler sees it. A call's signal aborts when
 * the page that made it goes away (its window closed), so an export nobody waits for stops.
 */
export function setupIpc(ipcMain: IpcMain, handlers: ApiHandlers, isTrusted: SenderCheck): void {
  const calls = callsBySender()
  for (const name of API_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求。' } }
      const call = calls.start(event.sender as WebContents | undefined)
      try {
        return await dispatch(handlers, name, payload, { signal: call.signal })
      } finally {
        call.end()
      }
    })
  }
}

/** The open calls of each page, all aborted when its WebContents is destroyed; one listener per page. */
function callsBySender() {
  const open = new WeakMap<WebContents, Set<AbortController>>()
  return {
    start(sender: WebContents | undefined): { signal: AbortSignal; end(): void } {
      const controller = new AbortController()
      if (!sender) return { signal: controller.signal, end: () => {} }
      let set = open.get(sender)
      if (!set) {
        const calls = new Set<AbortController>()
        set = calls
        open.set(sender, calls)
        sender.once('destroyed', () => {
          for (const c of calls) c.abort()
          calls.clear()
        })
      }
      const calls = set
      calls.add(controller)
      return { signal: controller.signal, end: () => calls.delete(controller) }
    },
  }
}
