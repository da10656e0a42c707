import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { BriefingDoc } from '@shared/schemas/briefing'
import { briefingDoc } from '../../../helpers/docs'
import { counterIds, createSlide } from '@shared/briefing/deck-operations'
import { acceptShowSyncMessage } from '@shared/show-sync'

const api = { getBriefing: vi.fn() }
vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => api }))
const { useShowStore } = await import('../../../../src-renderer/src/stores/show')

function doc(hidden: number[] = []): BriefingDoc {
  const ids = counterIds()
  return briefingDoc(Array.from({ length: 6 }, (_, i) => ({ ...createSlide('section', { newId: ids }), title: `第${i}页`, hidden: hidden.includes(i) })), 1)
}

beforeEach(() => {
  setActivePinia(createPinia())
  api.getBriefing.mockReset()
})

describe('show store', () => {
  it('navigates among visible slides only, with the index in the briefing computed', async () => {
    api.getBriefing.mockResolvedValue({ briefing: doc([2, 5]), readOnly: false })
    const show = useShowStore()
    await show.load('b-1', 2)
    expect(show.slideIndex).toBe(3) // hidden 2 → starts at the next visible
    expect(show.total).toBe(4)
    show.next()
    expect(show.slideIndex).toBe(4)
    expect(show.hasNext).toBe(false)
    show.next()
    expect(show.slideIndex).toBe(4)
    show.prev()
    show.prev()
    expect(show.slideIndex).toBe(1)
    expect(show.nextSlide?.title).toBe('第3页')
    show.last()
    expect(show.progress).toBe(1)
    show.apply({ action: 'goto', position: 99 })
    expect(show.slideIndex).toBe(4)
    show.first()
    expect(show.slideIndex).toBe(0)
  })

  it('black and white screens toggle; next only lifts them', async () => {
    api.getBriefing.mockResolvedValue({ briefing: doc(), readOnly: false })
    const show = useShowStore()
    await show.load('b-1')
    show.apply({ action: 'black' })
    expect(show.blackout).toBe('black')
    show.apply({ action: 'white' })
    expect(show.blackout).toBe('white')
    show.next()
    expect(show.blackout).toBeNull()
    expect(show.slideIndex).toBe(0)
  })

  it('the timer counts only while running and resets', () => {
    const show = useShowStore()
    show.startTimer(1000)
    expect(show.elapsedMs(4000)).toBe(3000)
    show.pauseTimer(5000)
    expect(show.elapsedMs(9000)).toBe(4000)
    show.startTimer(10_000)
    expect(show.elapsedMs(11_000)).toBe(5000)
    show.resetTimer(11_000)
    expect(show.elapsedMs(12_000)).toBe(1000)
  })

  it('the audience follows a state message', async () => {
    api.getBriefing.mockResolvedValue({ briefing: doc([1]), readOnly: false })
    const show = useShowStore()
    await show.load('b-1')
    show.follow({ slideIndex: 4, blackout: 'white', fade: true })
    expect(show.slideIndex).toBe(4)
    expect(show.blackout).toBe('white')
    expect(show.state).toEqual({ slideIndex: 4, blackout: 'white', fade: true })
  })
})

describe('show-sync messages', () => {
  const self = { sender: 'me', briefingId: 'b-1' }
  it('accepts valid messages from others for this briefing, drops echoes, other briefings and junk', () => {
    const state = { type: 'state', sender: 'them', briefingId: 'b-1', state: { slideIndex: 3, blackout: null, fade: false } }
    expect(acceptShowSyncMessage(state, self)).toEqual(state)
    expect(acceptShowSyncMessage({ ...state, sender: 'me' }, self)).toBeNull()
    expect(acceptShowSyncMessage({ ...state, briefingId: 'b-2' }, self)).toBeNull()
    expect(acceptShowSyncMessage({ ...state, state: { slideIndex: -1, blackout: null, fade: false } }, self)).toBeNull()
    expect(acceptShowSyncMessage({ type: 'command', sender: 'them', briefingId: 'b-1', command: { action: 'explode' } }, self)).toBeNull()
    expect(acceptShowSyncMessage('hello', self)).toBeNull()
  })
})
