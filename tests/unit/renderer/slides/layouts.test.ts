// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { config, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { SLIDE_LAYOUTS } from '@shared/schemas/briefing'
import { createSlide } from '@shared/briefing/deck-operations'
import SlideView from '../../../../src-renderer/src/slides/SlideView.vue'
import { SLIDE_CONTEXTS, type SlideContext } from '../../../../src-renderer/src/slides/types'
import { i18n } from '../../../../src-renderer/src/i18n'
import { SAMPLE_SLIDES, SAMPLE_TEXTS } from '../../../helpers/sample-slides'

vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => ({ getAsset: async () => ({ mime: 'image/jpeg', dataBase64: 'AA==' }) }) }))

config.global.plugins = [i18n, createPinia()]
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver

const flat = (s: string) => s.replace(/\s+/g, '')

describe('slides on screen', () => {
  for (const slide of SAMPLE_SLIDES) {
    // Charts draw a sketch in thumbnails and ECharts elsewhere; the text around them is the same.
    const contexts: SlideContext[] = slide.layout === 'chart' ? ['thumb', 'editor'] : [...SLIDE_CONTEXTS]
    for (const context of contexts) {
      it(`${slide.layout} shows its texts in the ${context} context`, () => {
        const w = mount(SlideView, { props: { slide, context, width: 320 } })
        const text = flat(w.element.textContent ?? '')
        for (const expected of SAMPLE_TEXTS[slide.layout]!) {
          // The editor shows the raw attribution; the static slide adds its dash.
          const want = context === 'editor' ? expected.replace(/^—— /, '') : expected
          expect(text).toContain(flat(want))
        }
        expect(w.find('[contenteditable]').exists()).toBe(context === 'editor')
        w.unmount()
      })
    }
  }

  it('every empty slide from createSlide renders', () => {
    for (const layout of SLIDE_LAYOUTS) {
      const w = mount(SlideView, { props: { slide: createSlide(layout), context: 'thumb', width: 200 } })
      expect(w.html()).toContain(`data-layout="${layout}"`)
      w.unmount()
    }
  })

  it('an inline edit emits a patch of the slide; a non-number typed into a value is ignored', async () => {
    const slide = SAMPLE_SLIDES.find((s) => s.layout === 'kpi')!
    const w = mount(SlideView, { props: { slide, context: 'editor' }, attachTo: document.body })
    const number = w.find('[data-el="value-0"] [contenteditable]')
    expect(number.text()).toBe('3.3')
    number.element.textContent = '4.2'
    await number.trigger('input')
    const patch = w.emitted('patch')?.[0]?.[0] as { figures: { value: number }[] }
    expect(patch.figures[0]!.value).toBe(4.2)
    expect(patch.figures[1]!.value).toBe(3.1)
    number.element.textContent = '四点二'
    await number.trigger('input')
    expect(w.emitted('patch')).toHaveLength(1)
    const label = w.find('[data-el="label-1"]')
    label.element.textContent = '新增就业'
    await label.trigger('input')
    expect((w.emitted('patch')?.[1]?.[0] as { figures: { label: string }[] }).figures[1]!.label).toBe('新增就业')
    w.unmount()
  })

  it('an empty section or agenda slide offers its first line to type into, on the canvas only', async () => {
    for (const [layout, key] of [['section', 'bullets'], ['agenda', 'items']] as const) {
      const slide = createSlide(layout)
      const w = mount(SlideView, { props: { slide, context: 'editor' }, attachTo: document.body })
      const first = w.find(`[data-el="${layout === 'section' ? 'bullet-0' : 'item-0'}"]`)
      expect(first.attributes('contenteditable')).toBeDefined()
      first.element.textContent = '第一条'
      await first.trigger('input')
      expect(w.emitted('patch')?.[0]?.[0]).toEqual({ [key]: ['第一条'] })
      w.unmount()
      const shown = mount(SlideView, { props: { slide, context: 'show', width: 320 } })
      expect(shown.find('[data-el="bullet-0"], [data-el="item-0"]').exists()).toBe(false)
      shown.unmount()
    }
  })

  it('a chart slide in a thumbnail draws an SVG sketch, not an ECharts instance', () => {
    const w = mount(SlideView, { props: { slide: SAMPLE_SLIDES.find((s) => s.layout === 'chart')!, context: 'thumb', width: 200 } })
    expect(w.find('svg.sketch').exists()).toBe(true)
    expect(w.find('.echart').exists()).toBe(false)
  })

  it('marks a slide whose text the fitting rule had to cut, and outlines the text in the editor', () => {
    const slide = { ...SAMPLE_SLIDES.find((s) => s.layout === 'section')!, title: '很长的标题'.repeat(30) }
    const w = mount(SlideView, { props: { slide, context: 'editor', width: 320 } })
    expect(w.attributes('data-overflow')).toBe('true')
    expect(w.find('[data-el="title"]').classes()).toContain('overflow')
    w.unmount()
  })
})
