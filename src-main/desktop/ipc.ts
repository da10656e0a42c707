import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_NAMES, ipcChannel } from '../../src-shared/api-channels'
import type { ApiResult } from '../../src-shared/api'
import type { ApiHandlers } from '../services/api-handlers'
import { dispatch } from '../services/dispatch'

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * Binds each api entry to its own channel. Every call is answered only for a trusted sender frame, and
 * its payload is validated by the entry's schema before a handler sees it.
 */
export function setupIpc(ipcMain: IpcMain, handlers: ApiHandlers, isTrusted: SenderCheck): void {
  for (const name of API_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求。' } }
      return dispatch(handlers, name, payload)
    })
  }
}
