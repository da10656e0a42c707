/**
 * Where slides go on a page, in PDF points: one slide per page, 2/3/4/6-up handouts, notes pages, on A4
 * portrait or landscape, or on a page of the slide's own shape. Every slide keeps its proportions
 * (16:9 or 4:3); handouts pick the grid that draws the slides largest and spread them evenly, so no wide
 * empty bands are left between them.
 */
import type { Box, PageSize } from '../../../src-shared/slides/page'
import type { PdfLayout, PdfPaper } from '../../../src-shared/pdf-options'

export const A4 = { width: 595.28, height: 841.89 } as const
/** left, top, right, bottom: room for the running header and the footer. */
export const PAGE_MARGINS: [number, number, number, number] = [40, 50, 40, 46]
/** A slide page's width in points for a slide 1080 px high: 540 pt high, as PowerPoint's 13.33 × 7.5 in. */
const SLIDE_PAGE_HEIGHT = 540

export interface SlotGeometry {
  slide: Box
  /** 3-up handouts: the ruled lines beside (portrait) or below (landscape) the slide. */
  lines?: Box
  /** Notes pages: the speaker notes box. */
  notes?: Box
}

export interface PageGeometry {
  width: number
  height: number
  margins: [number, number, number, number]
  /** Running header, page footer: not on slide-shaped pages, where each slide carries its own. */
  furniture: boolean
  content: Box
  slots: SlotGeometry[]
}

/** The largest box of `ratio` (height / width) in `cell`, centred horizontally; vertically at `valign`. */
function fit(cell: Box, ratio: number, valign: 'top' | 'middle' = 'middle'): Box {
  const width = Math.min(cell.width, cell.height / ratio)
  const height = width * ratio
  return { x: cell.x + (cell.width - width) / 2, y: valign === 'top' ? cell.y : cell.y + (cell.height - height) / 2, width, height }
}

function grid(content: Box, cols: number, rows: number, gapX: number, gapY: number): Box[] {
  const w = (content.width - gapX * (cols - 1)) / cols
  const h = (content.height - gapY * (rows - 1)) / rows
  const cells: Box[] = []
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ x: content.x + c * (w + gapX), y: content.y + r * (h + gapY), width: w, height: h })
  return cells
}

/**
 * `n` slides of `ratio` in `content`: of the grids that hold n (1×n, 2×…, n×1), the one whose slides are
 * largest; the slides, at that size, are spread with equal space between and around them.
 */
export function handoutSlots(n: number, content: Box, ratio: number, gap: number): Box[] {
  let best: { cols: number; rows: number; width: number } | null = null
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols)
    if ((cols - 1) * rows >= n) continue
    const cellW = (content.width - gap * (cols - 1)) / cols
    const cellH = (content.height - gap * (rows - 1)) / rows
    const width = Math.min(cellW, cellH / ratio)
    if (!best || width > best.width + 0.01) best = { cols, rows, width }
  }
  const { cols, rows, width } = best!
  const height = width * ratio
  const spaceX = (content.width - cols * width) / (cols + 1)
  const spaceY = (content.height - rows * height) / (rows + 1)
  const slots: Box[] = []
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / cols)
    const c = i % cols
    slots.push({ x: content.x + spaceX + c * (width + spaceX), y: content.y + spaceY + r * (height + spaceY), width, height })
  }
  return slots
}

export function pageGeometry(layout: PdfLayout, paper: PdfPaper, slide: PageSize = { width: 1920, height: 1080 }): PageGeometry {
  const ratio = slide.height / slide.width
  if (paper === 'slide') {
    const height = SLIDE_PAGE_HEIGHT
    const width = Math.round(height / ratio)
    const page: Box = { x: 0, y: 0, width, height }
    return { width, height, margins: [0, 0, 0, 0], furniture: false, content: page, slots: [{ slide: page }] }
  }
  const landscape = paper === 'A4-landscape'
  const width = landscape ? A4.height : A4.width
  const height = landscape ? A4.width : A4.height
  const [ml, mt, mr, mb] = PAGE_MARGINS
  const content: Box = { x: ml, y: mt, width: width - ml - mr, height: height - mt - mb }
  const slots = ((): SlotGeometry[] => {
    switch (layout) {
      case '1':
        return [{ slide: fit(content, ratio) }]
      case '2':
      case '4':
      case '6':
        return handoutSlots(Number(layout), content, ratio, 24).map((slide) => ({ slide }))
      case '3':
        if (landscape) {
          return grid(content, 3, 1, 24, 0).map((c) => {
            const s = fit({ ...c, height: c.width * ratio }, ratio, 'top')
            const top = s.y + s.height + 16
            return { slide: s, lines: { x: c.x, y: top, width: c.width, height: c.y + c.height - top } }
          })
        }
        return grid(content, 1, 3, 0, 24).map((c) => {
          const s = fit({ ...c, width: c.width * 0.56 }, ratio)
          const left = c.x + c.width * 0.56 + 18
          return { slide: { ...s, x: c.x }, lines: { x: left, y: s.y, width: c.x + c.width - left, height: s.height } }
        })
      case 'notes': {
        if (landscape) {
          const s = fit({ ...content, width: content.width * 0.56 }, ratio, 'top')
          const left = content.x + content.width * 0.56 + 24
          return [{ slide: { ...s, x: content.x }, notes: { x: left, y: content.y, width: content.x + content.width - left, height: content.height } }]
        }
        const s = fit({ ...content, height: content.width * ratio }, ratio, 'top')
        const top = s.y + s.height + 24
        return [{ slide: s, notes: { x: content.x, y: top, width: content.width, height: content.y + content.height - top } }]
      }
    }
  })()
  return { width, height, margins: PAGE_MARGINS, furniture: true, content, slots }
}
