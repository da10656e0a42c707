import { describe, expect, it } from 'vitest'
import { PDF_LAYOUTS, PDF_PAPERS, PdfOptionsSchema, paperOf, parseSlideRange, pdfPageCountFor, selectSlideIndexes } from '../../../../../src-shared/pdf-options'
import { pageGeometry } from '../../../../../src-main/services/pdf/page-layout'
import { ASPECTS, PAGE_SIZES, type Box } from '../../../../../src-shared/slides/page'
import { planOutline } from '../../../../../src-main/services/pdf/outline'
import { fixSvgForPdf, renderChartSvg } from '../../../../../src-main/services/pdf/charts'
import { sampleBriefing } from './helpers'

const inside = (b: { x: number; y: number; width: number; height: number }, c: { x: number; y: number; width: number; height: number }) =>
  b.x >= c.x - 0.01 && b.y >= c.y - 0.01 && b.x + b.width <= c.x + c.width + 0.01 && b.y + b.height <= c.y + c.height + 0.01

const apart = (a: Box, b: Box) => a.x + a.width <= b.x + 0.01 || b.x + b.width <= a.x + 0.01 || a.y + a.height <= b.y + 0.01 || b.y + b.height <= a.y + 0.01

describe('page geometry', () => {
  it('places every slot inside the content area, in the slide’s proportions, without overlaps', () => {
    for (const aspect of ASPECTS) {
      const size = PAGE_SIZES[aspect]
      for (const layout of PDF_LAYOUTS) {
        for (const paper of PDF_PAPERS.filter((p) => p !== 'slide' || layout === '1')) {
          const g = pageGeometry(layout, paper, size)
          const what = `${aspect} ${layout} ${paper}`
          expect(g.slots, what).toHaveLength(layout === 'notes' ? 1 : Number(layout))
          for (const s of g.slots) {
            expect(inside(s.slide, g.content), what).toBe(true)
            expect(s.slide.width / s.slide.height, what).toBeCloseTo(size.width / size.height, 5)
            if (s.lines) expect(inside(s.lines, g.content)).toBe(true)
            if (s.notes) expect(inside(s.notes, g.content)).toBe(true)
          }
          g.slots.forEach((a, i) => g.slots.slice(i + 1).forEach((b) => expect(apart(a.slide, b.slide), what).toBe(true)))
          expect(!!g.slots[0]!.lines).toBe(layout === '3')
          expect(!!g.slots[0]!.notes).toBe(layout === 'notes')
        }
      }
    }
    expect(pageGeometry('1', 'A4-landscape').width).toBeGreaterThan(pageGeometry('1', 'A4-landscape').height)
    expect(pageGeometry('2', 'A4').height).toBeGreaterThan(pageGeometry('2', 'A4').width)
  })

  it('gives slide-shaped pages the slide’s shape, with no margins and no running header or footer', () => {
    const wide = pageGeometry('1', 'slide', PAGE_SIZES['16:9'])
    const std = pageGeometry('1', 'slide', PAGE_SIZES['4:3'])
    expect(wide.width / wide.height).toBeCloseTo(16 / 9, 2)
    expect(std.width / std.height).toBeCloseTo(4 / 3, 2)
    for (const g of [wide, std]) {
      expect(g.furniture).toBe(false)
      expect(g.slots[0]!.slide).toEqual({ x: 0, y: 0, width: g.width, height: g.height })
    }
    expect(PdfOptionsSchema.safeParse({ layout: '2', paper: 'slide' }).success).toBe(false)
  })

  it('fills an A4 portrait 4-up handout: slides take nearly half the page or more, with no wide bands between them', () => {
    for (const aspect of ASPECTS) {
      const g = pageGeometry('4', 'A4', PAGE_SIZES[aspect])
      const area = g.slots.reduce((a, s) => a + s.slide.width * s.slide.height, 0)
      expect(area / (g.content.width * g.content.height), aspect).toBeGreaterThan(0.45)
      // The space left over is spread evenly: between the slides as around them.
      const ys = [...new Set(g.slots.map((s) => Math.round(s.slide.y)))].sort((a, b) => a - b)
      const h = g.slots[0]!.slide.height
      const gaps = [ys[0]! - g.content.y, ...ys.slice(1).map((y, i) => y - ys[i]! - h), g.content.y + g.content.height - ys.at(-1)! - h]
      expect(Math.max(...gaps) - Math.min(...gaps), aspect).toBeLessThan(2)
    }
    // 16:9 on A4 portrait: one column of four, nearly touching, not two small rows in wide bands.
    const wide = pageGeometry('4', 'A4', PAGE_SIZES['16:9'])
    expect(new Set(wide.slots.map((s) => Math.round(s.slide.x))).size).toBe(1)
    expect(wide.slots[0]!.slide.width).toBeGreaterThan(290) // 245 pt in the old 2 × 2 grid
  })
})

describe('options', () => {
  it('defaults: 2-up on A4 portrait, slides on A4 landscape', () => {
    const o = PdfOptionsSchema.parse({})
    expect(o.layout).toBe('2')
    expect(paperOf(o)).toBe('A4')
    expect(paperOf({ layout: '1' })).toBe('A4-landscape')
    expect(paperOf({ layout: '1', paper: 'A4' })).toBe('A4')
  })
  it('ranges', () => {
    expect([...parseSlideRange('1-3,5，7-6', 10)!]).toEqual([1, 2, 3, 5, 6, 7])
    expect([...parseSlideRange('8-20', 10)!]).toEqual([8, 9, 10])
    expect(parseSlideRange('', 10)).toBeNull()
    expect(() => parseSlideRange('1-', 10)).toThrow(/页码范围/)
    expect(PdfOptionsSchema.safeParse({ range: 'a' }).success).toBe(false)
  })
  it('page counts from the options alone', () => {
    const slides = Array.from({ length: 13 }, (_, i) => ({ hidden: i === 2 }))
    expect(selectSlideIndexes(slides, { includeHidden: false })).toHaveLength(12)
    expect(pdfPageCountFor(slides, { layout: '2', includeHidden: false })).toBe(6)
    expect(pdfPageCountFor(slides, { layout: '2', includeHidden: true })).toBe(7)
    expect(pdfPageCountFor(slides, { layout: '6', includeHidden: true })).toBe(3)
    expect(pdfPageCountFor(slides, { layout: 'notes', includeHidden: false, range: '1-4' })).toBe(3)
    expect(pdfPageCountFor(slides, { layout: '3', includeHidden: false, range: '50' })).toBe(0)
  })
})

describe('charts for print', () => {
  it('renders the shared option to SVG with visible labels', async () => {
    const { briefing } = await sampleBriefing()
    const chart = briefing.slides.find((s) => s.layout === 'chart')
    if (chart?.layout !== 'chart') throw new Error('chart')
    const svg = renderChartSvg(chart.chart, 1680, 672)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).not.toMatch(/paint-order="stroke"/)
    expect(svg).toContain('3.3%')
  })
  it('drops the stroke halo svg-to-pdfkit would paint over a label', () => {
    const fixed = fixSvgForPdf('<svg><text stroke="#fff" stroke-width="4" paint-order="stroke" fill="#000">3%</text></svg>')
    expect(fixed).toBe('<svg><text stroke="none" fill="#000">3%</text></svg>')
  })
})

describe('bookmarks', () => {
  it('nest slides under the agenda parts, with or without the report', async () => {
    const { briefing, report } = await sampleBriefing()
    const all = briefing.slides.map((_, i) => i)
    for (const plan of [planOutline(briefing, all, [report]), planOutline(briefing, all)]) {
      const entries = plan.flat()
      expect(entries.filter((e) => !e.id.startsWith('part-'))).toHaveLength(briefing.slides.length)
      expect(entries.filter((e) => e.id.startsWith('part-'))).toHaveLength(3)
      expect(plan[0]![0]!.parentId).toBeUndefined()
      expect(plan.at(-1)![0]!.parentId).toBeUndefined()
      expect(plan[5]!.at(-1)!.parentId).toBe('part-0')
    }
  })
})
