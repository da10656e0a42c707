// @vitest-environment happy-dom
/**
 * Screen and paper agree: for every layout, in both page sizes and all three themes, the boxes where the
 * screen puts each element (the DOM the slide view renders) and where the PDF draws it (the pdfmake nodes)
 * are the boxes the layout placed, and the text lines are the same lines.
 */
import { describe, expect, it, vi } from 'vitest'
import { config, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { PdfmakeNode } from 'pdfmake'
import { BriefingContentSchema } from '@shared/schemas/briefing'
import { createBriefing } from '@shared/briefing/deck-operations'
import { layoutContext, slideElements } from '@shared/slides/deck'
import type { SlideElement } from '@shared/slides/elements'
import type { LayoutContext } from '@shared/slides/layouts'
import { ASPECTS } from '@shared/slides/page'
import { CONTENT_EM } from '@shared/slides/text/measure'
import { THEME_IDS } from '@shared/slides/themes'
import SlideView from '../../../../src-renderer/src/slides/SlideView.vue'
import { i18n } from '../../../../src-renderer/src/i18n'
import { drawElements } from '../../../../src-main/services/pdf/draw-slide'
import { SAMPLE_SLIDES } from '../../../helpers/sample-slides'

vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => ({ getAsset: async () => ({ mime: 'image/jpeg', dataBase64: 'AA==' }) }) }))

config.global.plugins = [i18n]
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver

type Rect = { x: number; y: number; width: number; height: number }
const near = (a: Rect, b: Rect, what: string) => {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(a[k], `${what} ${k}`).toBeCloseTo(b[k], 1)
}
const px = (v: string | undefined) => Number.parseFloat(v ?? 'NaN')

/** Where the PDF drew each element, back in slide pixels (the slide drawn at scale 1 at the origin). */
function pdfBoxes(elements: readonly SlideElement[], layout: LayoutContext): Map<string, { box: Rect; lines: string[] }> {
  const { width, height } = layout.page
  const ctx = { chartSvg: () => '<svg/>', images: new Map([[`${'a'.repeat(64)}.jpg`, 'data:image/jpeg;base64,AA==']]), onCut: () => {}, onMissingImage: () => {}, onText: () => {} }
  const nodes = drawElements(elements, { x: 0, y: 0, width, height }, { ...ctx, ctx: layout })
  const out = new Map<string, { box: Rect; lines: string[] }>()
  const byId = new Map(elements.map((e) => [e.id, e]))
  for (const node of nodes as (PdfmakeNode & { elementId: string; absolutePosition: { x: number; y: number } })[]) {
    const e = byId.get(node.elementId)
    if (!e) continue
    const at = node.absolutePosition
    const seen = out.get(e.id)
    if (e.kind === 'text') {
      const col = (node.columns as { width: number; text: { text: string }[] }[])[0]!
      const top = at.y - (e.lineHeight - CONTENT_EM * e.size) / 2
      if (seen) seen.lines.push(col.text[0]!.text)
      else out.set(e.id, { box: { x: at.x + 1, y: top, width: col.width - 2, height: e.lines.length * e.lineHeight }, lines: [col.text[0]!.text] })
    } else if (node.canvas) {
      const shape = (node.canvas as { w?: number; h?: number; points?: { x: number; y: number }[] }[])[0]!
      const w = shape.w ?? Math.max(...shape.points!.map((p) => p.x))
      const h = shape.h ?? Math.max(...shape.points!.map((p) => p.y))
      if (!seen) out.set(e.id, { box: { x: at.x, y: at.y, width: w, height: h }, lines: [] })
    } else if (e.kind === 'image') {
      const cover = node.cover as { width: number; height: number } | undefined
      if (!seen) out.set(e.id, { box: cover ? { x: at.x, y: at.y, ...cover } : { x: at.x, y: at.y, width: node.width as number, height: node.height as number }, lines: [] })
    } else if (e.kind === 'chart') {
      out.set(e.id, { box: { x: at.x, y: at.y, width: node.width as number, height: node.height as number }, lines: [] })
    } else {
      out.set(e.id, { box: { ...e.box }, lines: [] })
    }
  }
  return out
}

describe('screen and PDF draw the same boxes', () => {
  setActivePinia(createPinia())
  for (const theme of THEME_IDS) {
    for (const aspect of ASPECTS) {
      it(`every layout, ${aspect}, ${theme}`, () => {
        const deck = BriefingContentSchema.parse({ ...createBriefing('汇报', { slides: SAMPLE_SLIDES, theme, aspect }), organization: '玉林市人民政府', classification: '内部资料' })
        deck.slides.forEach((slide, i) => {
          const ctx = layoutContext(deck, i)
          const elements = slideElements(slide, ctx)
          const paper = pdfBoxes(elements, ctx)
          const w = mount(SlideView, { props: { slide, context: 'thumb', width: 320, meta: { page: i + 1, total: deck.slides.length, deck } }, global: { plugins: [i18n, createPinia()] } })
          expect(w.attributes('data-theme')).toBe(theme)
          for (const e of elements) {
            const what = `${slide.layout}/${e.id}`
            const el = w.find(`[data-el="${e.id}"]`)
            if (e.kind === 'text' && e.lines.length === 0) {
              expect(el.exists(), what).toBe(false)
              continue
            }
            expect(el.exists(), `${what} on screen`).toBe(true)
            const style = (el.element as HTMLElement).style
            const screen = { x: px(style.left), y: px(style.top), width: px(style.width), height: px(style.height) }
            if (e.kind !== 'runs') near(screen, e.box, `${what} on screen`)
            const drawn = paper.get(e.id)
            expect(drawn, `${what} in the PDF`).toBeDefined()
            if (e.kind === 'image' && e.image) near(drawn!.box, e.draw && e.draw.width <= e.box.width + 0.5 && e.draw.height <= e.box.height + 0.5 ? e.draw : e.box, `${what} in the PDF`)
            else near(drawn!.box, e.box, `${what} in the PDF`)
            if (e.kind === 'text') {
              expect(drawn!.lines, what).toEqual(e.lines)
              expect(el.text(), what).toBe(e.lines.join('\n'))
            }
          }
          w.unmount()
        })
      })
    }
  }
})
