import { describe, expect, it } from 'vitest'
import { BriefingContentSchema, SLIDE_LAYOUTS, SlideSchema } from '../../../../src-shared/schemas/briefing'
import { createBriefing, createSlide } from '../../../../src-shared/briefing/deck-operations'
import { layoutContext, overflowingRoles, slideElements } from '../../../../src-shared/slides/deck'
import { LAYOUTS } from '../../../../src-shared/slides/layouts'
import { ASPECTS, PAGE_SIZES } from '../../../../src-shared/slides/page'
import { valueAt } from '../../../../src-shared/slides/patch-at'
import { THEMES, THEME_IDS } from '../../../../src-shared/slides/themes'
import { textWidth } from '../../../../src-shared/slides/text/measure'
import { continueBullets } from '../../../../src-shared/slides/continuation'
import { SAMPLE_SLIDES, SAMPLE_TEXTS } from '../../../helpers/sample-slides'

const deckOf = (theme: (typeof THEME_IDS)[number], aspect: (typeof ASPECTS)[number]) =>
  BriefingContentSchema.parse({ ...createBriefing('汇报', { slides: SAMPLE_SLIDES, theme, aspect }), organization: '玉林市人民政府', classification: '内部资料' })

describe('the layout registry', () => {
  it('has a module for every layout, whose empty slide is a valid slide of that layout', () => {
    expect(Object.keys(LAYOUTS).sort()).toEqual([...SLIDE_LAYOUTS].sort())
    for (const layout of SLIDE_LAYOUTS) {
      const slide = createSlide(layout)
      expect(SlideSchema.parse(slide)).toEqual(slide)
      expect(slide.layout).toBe(layout)
      expect(LAYOUTS[layout].layout).toBe(layout)
    }
    expect(SAMPLE_SLIDES.map((s) => s.layout).sort()).toEqual([...SLIDE_LAYOUTS].sort())
  })
})

describe('boxes', () => {
  for (const theme of THEME_IDS) {
    for (const aspect of ASPECTS) {
      it(`place every element of every layout on the ${aspect} page in ${theme}, texts within their boxes`, () => {
        const deck = deckOf(theme, aspect)
        const page = PAGE_SIZES[aspect]
        deck.slides.forEach((slide, i) => {
          const elements = slideElements(slide, layoutContext(deck, i))
          const ids = elements.map((e) => e.id)
          expect(new Set(ids).size, `${slide.layout}: ids are unique`).toBe(ids.length)
          for (const e of elements) {
            const what = `${slide.layout}/${e.id}`
            expect(e.box.x, what).toBeGreaterThanOrEqual(-0.01)
            expect(e.box.y, what).toBeGreaterThanOrEqual(-0.01)
            expect(e.box.x + e.box.width, what).toBeLessThanOrEqual(page.width + 0.01)
            expect(e.box.y + e.box.height, what).toBeLessThanOrEqual(page.height + 0.01)
            if (e.kind === 'text') for (const line of e.lines) expect(textWidth(line, e.size, e.bold ? 'bold' : 'regular'), `${what} “${line}”`).toBeLessThanOrEqual(e.box.width + 0.01)
            if (e.kind === 'text' && e.edit) expect(typeof valueAt(slide, e.edit.path), what).toMatch(/string|number/)
          }
          const text = elements.flatMap((e) => (e.kind === 'text' ? e.lines : e.kind === 'runs' ? e.runs.map((r) => r.text) : [])).join('')
          for (const expected of SAMPLE_TEXTS[slide.layout]!) expect(text, slide.layout).toContain(expected)
          expect(overflowingRoles(elements), slide.layout).toEqual([])
        })
      })
    }
  }

  it('use the theme’s colours and the page’s size', () => {
    const red = slideElements(SAMPLE_SLIDES[0]!, layoutContext(deckOf('red', '16:9'), 0))
    const blue = slideElements(SAMPLE_SLIDES[0]!, layoutContext(deckOf('blue', '4:3'), 0))
    const bg = (els: typeof red) => els.find((e) => e.id === 'background')
    const fill = (e: ReturnType<typeof bg>) => (e?.kind === 'shape' ? e.fill : null)
    expect(fill(bg(red))).toBe(THEMES.red.cover.background)
    expect(fill(bg(blue))).toBe(THEMES.blue.cover.background)
    expect(fill(bg(red))).not.toBe(fill(bg(blue)))
    expect(bg(blue)?.box.width).toBe(1440)
  })

  it('follow the chrome options: page numbers, footer text (the organisation by default), logo', () => {
    const deck = deckOf('red', '16:9')
    const ids = (d: typeof deck) => slideElements(d.slides[1]!, layoutContext(d, 1)).map((e) => e.id)
    expect(ids(deck)).toEqual(expect.arrayContaining(['page-number', 'footer']))
    const footer = slideElements(deck.slides[1]!, layoutContext(deck, 1)).find((e) => e.id === 'footer')
    expect(footer?.kind === 'text' && footer.lines).toEqual(['玉林市人民政府'])
    const bare = { ...deck, chrome: { ...deck.chrome, pageNumbers: false, footer: false } }
    expect(ids(bare)).not.toContain('page-number')
    expect(ids(bare)).not.toContain('footer')
    const logo = { asset: `${'b'.repeat(64)}.png`, width: 200, height: 200 }
    const branded = { ...deck, chrome: { ...deck.chrome, logo } }
    expect(ids(branded)).toContain('footer-logo')
    expect(slideElements(deck.slides[0]!, layoutContext(branded, 0)).map((e) => e.id)).toContain('logo')
  })

  it('flag a text the rule had to cut, so the editor can warn', () => {
    const deck = deckOf('red', '16:9')
    const long = { ...SAMPLE_SLIDES[2]!, title: '很长的标题'.repeat(30) }
    expect(overflowingRoles(slideElements(long, layoutContext(deck, 2)))).toEqual(['title'])
  })
})

describe('continuation', () => {
  it('continues bullets that do not fit on “（续）” slides, each of which fits, in order, at the one body size', () => {
    const bullets = Array.from({ length: 14 }, (_, i) => `第${i + 1}条：持续优化营商环境，深化“放管服”改革，推动政务服务事项全程网办，企业开办时间压缩至1个工作日以内`)
    const slide = { ...createSlide('section'), title: '深化改革开放', bullets }
    for (const aspect of ASPECTS) {
      const deck = deckOf('red', aspect)
      let n = 0
      const parts = continueBullets(slide, layoutContext(deck, 0), (p) => `${p}-c${++n}`)
      expect(parts.length).toBeGreaterThan(1)
      expect(parts.flatMap((p) => p.bullets)).toEqual(bullets)
      expect(parts[0]!.title).toBe('深化改革开放')
      expect(parts.slice(1).every((p) => p.title === '深化改革开放（续）')).toBe(true)
      for (const p of parts) expect(overflowingRoles(slideElements(p, layoutContext(deck, 0)))).toEqual([])
    }
  })
})

describe('a section slide with more bullets than fit', () => {
  it('never drops bullets silently: the last line drawn ends in “…” and the slide is flagged', () => {
    const deck = deckOf('red', '16:9')
    for (const n of [10, 12, 20]) {
      const slide = { ...createSlide('section'), title: '营商环境', bullets: Array.from({ length: n }, (_, i) => `第${i + 1}条：持续优化营商环境，深化“放管服”改革`) }
      const elements = slideElements(slide, layoutContext(deck, 0))
      expect(overflowingRoles(elements), `${n} bullets`).toEqual(['bullet'])
      const drawn = elements.filter((e) => e.kind === 'text' && e.role === 'bullet')
      const last = drawn.at(-1)
      expect(last?.kind === 'text' && last.lines.at(-1)).toMatch(/[^…]…$/)
    }
  })
})
