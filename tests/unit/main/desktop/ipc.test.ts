import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_NAMES, ipcChannel } from '../../../../src-shared/api-channels'
import type { ApiHandlers } from '../../../../src-main/services/api-handlers'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, ipcMain } = await import('../../../mocks/electron')
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
})
