import { describe, expect, it } from 'vitest'
import { PDF_LAYOUTS, PDF_PAPERS, PdfOptionsSchema, paperOf, parseSlideRange, pdfPageCountFor, selectSlideIndexes } from '../../../../../src-shared/pdf-options'
import { pageGeometry } from '../../../../../src-main/services/pdf/page-layout'
import { planOutline } from '../../../../../src-main/services/pdf/outline'
import { fitParagraphs, lineCount, truncateToWidth } from '../../../../../src-main/services/pdf/text-fit'
import { fixSvgForPdf, renderChartSvg } from '../../../../../src-main/services/pdf/charts'
import { sampleBriefing } from './helpers'

const inside = (b: { x: number; y: number; width: number; height: number }, c: { x: number; y: number; width: number; height: number }) =>
  b.x >= c.x - 0.01 && b.y >= c.y - 0.01 && b.x + b.width <= c.x + c.width + 0.01 && b.y + b.height <= c.y + c.height + 0.01

describe('page geometry', () => {
  it('places every slot inside the content area, 16:9, without overlaps', () => {
    for (const layout of PDF_LAYOUTS) {
      for (const paper of PDF_PAPERS) {
        const g = pageGeometry(layout, paper)
        expect(g.slots).toHaveLength(layout === 'notes' ? 1 : Number(layout))
        for (const s of g.slots) {
          expect(inside(s.slide, g.content), `${layout} ${paper}`).toBe(true)
          expect(s.slide.width / s.slide.height).toBeCloseTo(16 / 9, 5)
          if (s.lines) expect(inside(s.lines, g.content)).toBe(true)
          if (s.notes) expect(inside(s.notes, g.content)).toBe(true)
        }
        expect(!!g.slots[0]!.lines).toBe(layout === '3')
        expect(!!g.slots[0]!.notes).toBe(layout === 'notes')
      }
    }
    expect(pageGeometry('1', 'A4-landscape').width).toBeGreaterThan(pageGeometry('1', 'A4-landscape').height)
    expect(pageGeometry('2', 'A4').height).toBeGreaterThan(pageGeometry('2', 'A4').width)
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

describe('text fitting', () => {
  it('counts wrapped lines and cuts with an ellipsis', () => {
    expect(lineCount('一二三四五', 10, 100)).toBe(1)
    expect(lineCount('一二三四五六七八九十一二', 10, 100)).toBe(2)
    expect(lineCount('甲\n乙', 10, 100)).toBe(2)
    const cut = truncateToWidth('全力做好强产业文章，构建具有玉林特色的现代化产业体系', 10, 100)
    expect(cut.endsWith('…')).toBe(true)
    expect([...cut].length).toBeLessThanOrEqual(10)
  })
  it('steps the size down until paragraphs fit, and cuts at the smallest', () => {
    const paras = Array.from({ length: 6 }, () => '一'.repeat(60))
    const fit = fitParagraphs(paras, { width: 400, height: 800, sizes: [40, 30, 20], lineEm: 1.45, gapEm: 0.5 })
    expect(fit.size).toBe(20)
    expect(fit.truncated).toBe(false)
    const cut = fitParagraphs(paras, { width: 400, height: 100, sizes: [20], lineEm: 1.45, gapEm: 0.5 })
    expect(cut.truncated).toBe(true)
    expect(cut.paragraphs.at(-1)!.endsWith('…')).toBe(true)
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
