import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_NAMES, ipcChannel } from '../../../../src-shared/api-channels'
import type { ApiHandlers } from '../../../../src-main/services/api-handlers'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, ipcMain, FakeWebContents } = await import('../../../mocks/electron')
const { setupIpc } = await import('../../../../src-main/desktop/ipc')

function handlersSpy() {
  const calls: string[] = []
  const handlers = Object.fromEntries(
    API_NAMES.map((name) => [
      name,
      async (request: unknown) => {
        calls.push(name)
        return name === 'getReport' ? { echoed: request } : {}
      },
    ]),
  ) as unknown as ApiHandlers
  return { handlers, calls }
}

beforeEach(() => fake.reset())

describe('setupIpc', () => {
  it('registers one channel per api entry and nothing else', () => {
    setupIpc(ipcMain as never, handlersSpy().handlers, () => true)
    expect([...fake.handlers.keys()].sort()).toEqual(API_NAMES.map(ipcChannel).sort())
  })

  it('refuses an untrusted sender before the handler runs', async () => {
    const { handlers, calls } = handlersSpy()
    setupIpc(ipcMain as never, handlers, () => false)
    const result = await fake.handlers.get(ipcChannel('listLibrary'))!({ senderFrame: null }, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(calls).toEqual([])
  })

  it('validates the payload before the handler runs', async () => {
    const { handlers, calls } = handlersSpy()
    setupIpc(ipcMain as never, handlers, () => true)
    const bad = await fake.handlers.get(ipcChannel('getReport'))!({}, { id: '../../secret' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const missing = await fake.handlers.get(ipcChannel('getReport'))!({}, 'not an object')
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(calls).toEqual([])
    const good = await fake.handlers.get(ipcChannel('getReport'))!({}, { id: 'r-1', extra: 'dropped' })
    expect(good).toEqual({ ok: true, value: { echoed: { id: 'r-1' } } })
  })

  it('aborts the calls of a page when its window goes, and only those', async () => {
    const signals = new Map<string, AbortSignal>()
    const handlers = {
      exportPdf: (request: { briefingId: string }, call?: { signal?: AbortSignal }) => {
        signals.set(request.briefingId, call!.signal!)
        return new Promise(() => {})
      },
    } as unknown as ApiHandlers
    setupIpc(ipcMain as never, handlers, () => true)
    const closing = new FakeWebContents()
    const staying = new FakeWebContents()
    void fake.handlers.get(ipcChannel('exportPdf'))!({ sender: closing }, { briefingId: 'b-closing', options: {} })
    void fake.handlers.get(ipcChannel('exportPdf'))!({ sender: staying }, { briefingId: 'b-staying', options: {} })
    await vi.waitFor(() => expect(signals.size).toBe(2))
    closing.emit('destroyed')
    expect(signals.get('b-closing')!.aborted).toBe(true)
    expect(signals.get('b-staying')!.aborted).toBe(false)
  })
})
