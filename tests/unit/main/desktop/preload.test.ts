import { describe, expect, it, vi } from 'vitest'
import { API_NAMES, MENU_CHANNEL, ipcChannel } from '../../../../src-shared/api-channels'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake } = await import('../../../mocks/electron')
await import('../../../../src-main/desktop/preload')

describe('preload', () => {
  const bridge = fake.exposed.get('huibao') as Record<string, (arg?: unknown) => unknown>

  it('exposes exactly the typed api as window.huibao, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['huibao'])
    expect(Object.keys(bridge).sort()).toEqual([...API_NAMES, 'onMenuAction'].sort())
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true)
    expect(bridge).not.toHaveProperty('invoke')
    expect(bridge).not.toHaveProperty('send')
  })

  it('sends each call on its own channel', async () => {
    await bridge.getReport!({ id: 'r-1' })
    expect(fake.invoked.at(-1)).toEqual([ipcChannel('getReport'), { id: 'r-1' }])
  })

  it('passes on only known menu actions, and unsubscribes', () => {
    const seen: unknown[] = []
    const off = bridge.onMenuAction!((a: unknown) => seen.push(a)) as unknown as () => void
    const [listener] = fake.rendererListeners.get(MENU_CHANNEL)!
    listener!({}, 'present-start')
    listener!({}, 'rm -rf')
    listener!({}, 'undo')
    expect(seen).toEqual(['present-start', 'undo'])
    off()
    expect(fake.rendererListeners.get(MENU_CHANNEL)).toEqual([])
  })
})
