// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { config, mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Slide } from '@shared/schemas/briefing'
import { createSlide } from '@shared/briefing/deck-operations'
import { counterIds } from '@shared/ids'
import SlideRail from '../../../../src-renderer/src/components/editor/SlideRail.vue'
import { DND_SLIDE } from '../../../../src-renderer/src/components/editor/dnd'
import { i18n } from '../../../../src-renderer/src/i18n'

config.global.plugins = [i18n]

const ids = counterIds()
const deck: Slide[] = Array.from({ length: 10_000 }, (_, i) => ({ ...createSlide(i % 2 ? 'section' : 'kpi', { newId: ids }), title: `第${i + 1}页` }))
const drawn = (w: ReturnType<typeof mount>) => w.findAll('[data-testid="slide-thumb"]').map((el) => Number(el.attributes('data-index')))

function rail(selectedId: string | null = null) {
  return mount(SlideRail, { props: { slides: deck, selectedId, editable: true }, attachTo: document.body })
}

describe('slide rail with 10,000 slides', () => {
  it('draws only the thumbnails in view plus a margin, and keeps the list its full height', () => {
    const w = rail(deck[0]!.id)
    const shown = drawn(w)
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(40)
    expect(shown[0]).toBe(0)
    expect(document.getElementsByTagName('*').length).toBeLessThan(3000)
    expect(Number.parseFloat((w.find('ol').element as HTMLElement).style.height)).toBeGreaterThan(10_000 * 100)
    w.unmount()
  })

  it('always draws the selected slide, wherever it is, with its tools beside it', async () => {
    const w = rail(deck[0]!.id)
    await w.setProps({ selectedId: deck[7_777]!.id })
    await nextTick()
    expect(drawn(w)).toContain(7_777)
    const selected = w.find('[data-index="7777"]')
    expect(selected.find('.pick').attributes('aria-current')).toBe('true')
    expect(selected.find('.gutter [data-testid="slide-delete"]').exists()).toBe(true)
    expect(selected.find('.pick [data-testid="slide-delete"]').exists()).toBe(false)
    w.unmount()
  })

  it('a slide dropped below another moves there, counted on the whole list', async () => {
    const w = rail()
    const data = new Map<string, string>([[DND_SLIDE, '0']])
    const dataTransfer = { types: [DND_SLIDE], getData: (t: string) => data.get(t) ?? '', setData: () => undefined, effectAllowed: 'move' }
    const list = w.find('ol').element as HTMLElement
    list.getBoundingClientRect = () => ({ top: 0, left: 0, right: 200, bottom: 1e6, width: 200, height: 1e6, x: 0, y: 0, toJSON: () => ({}) })
    // 8 px padding + three rows of 112 px: the gap before slide index 3.
    await w.find('nav').trigger('dragover', { dataTransfer, clientY: 8 + 3 * 112 + 10 })
    expect(w.find('[data-testid="rail-drop-line"]').exists()).toBe(true)
    await w.find('nav').trigger('drop', { dataTransfer })
    expect(w.emitted('move')).toEqual([[0, 2]])
    expect(w.find('[data-testid="rail-drop-line"]').exists()).toBe(false)
    w.unmount()
  })
})
