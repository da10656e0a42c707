/**
 * Where slides go on a page, in PDF points: one slide per page, 2/3/4/6-up handouts, notes pages, on A4
 * portrait or landscape. Every slide keeps the 16:9 proportions of the 1920×1080 canvas.
 */
import type { Box } from '../../../src-shared/slides/theme'
import { SLIDE } from '../../../src-shared/slides/theme'
import type { PdfLayout, PdfPaper } from '../../../src-shared/pdf-options'

export const A4 = { width: 595.28, height: 841.89 } as const
/** left, top, right, bottom: room for the running header and the footer. */
export const PAGE_MARGINS: [number, number, number, number] = [40, 50, 40, 46]

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
  content: Box
  slots: SlotGeometry[]
}

const RATIO = SLIDE.height / SLIDE.width

/** The largest 16:9 box in `cell`, centred horizontally; vertically at `valign`. */
function fit(cell: Box, valign: 'top' | 'middle' = 'middle'): Box {
  const width = Math.min(cell.width, cell.height / RATIO)
  const height = width * RATIO
  return { x: cell.x + (cell.width - width) / 2, y: valign === 'top' ? cell.y : cell.y + (cell.height - height) / 2, width, height }
}

function grid(content: Box, cols: number, rows: number, gapX: number, gapY: number): Box[] {
  const w = (content.width - gapX * (cols - 1)) / cols
  const h = (content.height - gapY * (rows - 1)) / rows
  const cells: Box[] = []
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ x: content.x + c * (w + gapX), y: content.y + r * (h + gapY), width: w, height: h })
  return cells
}

export function pageGeometry(layout: PdfLayout, paper: PdfPaper): PageGeometry {
  const landscape = paper === 'A4-landscape'
  const width = landscape ? A4.height : A4.width
  const height = landscape ? A4.width : A4.height
  const [ml, mt, mr, mb] = PAGE_MARGINS
  const content: Box = { x: ml, y: mt, width: width - ml - mr, height: height - mt - mb }
  let slots: SlotGeometry[]
  switch (layout) {
    case '1':
      slots = [{ slide: fit(content) }]
      break
    case '2':
      slots = (landscape ? grid(content, 2, 1, 24, 0) : grid(content, 1, 2, 0, 28)).map((c) => ({ slide: fit(c) }))
      break
    case '4':
      slots = grid(content, 2, 2, 24, 24).map((c) => ({ slide: fit(c) }))
      break
    case '6':
      slots = (landscape ? grid(content, 3, 2, 20, 24) : grid(content, 2, 3, 20, 24)).map((c) => ({ slide: fit(c) }))
      break
    case '3':
      if (landscape) {
        slots = grid(content, 3, 1, 24, 0).map((c) => {
          const slide = fit({ ...c, height: c.width * RATIO }, 'top')
          const top = slide.y + slide.height + 16
          return { slide, lines: { x: c.x, y: top, width: c.width, height: c.y + c.height - top } }
        })
      } else {
        slots = grid(content, 1, 3, 0, 24).map((c) => {
          const slide = fit({ ...c, width: c.width * 0.56 })
          const left = c.x + c.width * 0.56 + 18
          return { slide: { ...slide, x: c.x }, lines: { x: left, y: slide.y, width: c.x + c.width - left, height: slide.height } }
        })
      }
      break
    case 'notes':
      if (landscape) {
        const slide = fit({ ...content, width: content.width * 0.56 }, 'top')
        const left = content.x + content.width * 0.56 + 24
        slots = [{ slide: { ...slide, x: content.x }, notes: { x: left, y: content.y, width: content.x + content.width - left, height: content.height } }]
      } else {
        const slide = fit({ ...content, height: content.width * RATIO }, 'top')
        const top = slide.y + slide.height + 24
        slots = [{ slide, notes: { x: content.x, y: top, width: content.width, height: content.y + content.height - top } }]
      }
      break
  }
  return { width, height, content, slots }
}
