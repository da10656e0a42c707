/**
 * A table slide's grid, found in the elements its layout placed: the cells (texts of role `tableCell`),
 * the rows they sit in, the column edges, and the rectangles that paint the grid (the head's fill, striped
 * rows, the rule under each row, a badge behind one cell). The PPTX export draws that grid as one native table and leaves the
 * rectangles out; the screen and the PDF draw the same elements one by one.
 */
import type { ShapeElement, SlideElement, TextElement } from '../../../src-shared/slides/elements'
import type { Box } from '../../../src-shared/slides/page'

export interface TableCellModel {
  text: TextElement
  /** The row's background, if a rectangle paints it. */
  fill: string | null
  /** The rule under the row, if any. */
  bottom: { color: string; width: number } | null
}

export interface TableModel {
  box: Box
  columns: number[]
  rowHeight: number
  /** Horizontal padding of a cell's text. */
  padX: number
  rows: TableCellModel[][]
  /** Elements the table draws: leave them out of the slide. */
  consumed: Set<SlideElement>
}

const near = (a: number, b: number, eps = 1) => Math.abs(a - b) <= eps
const centredIn = (b: Box, outer: Box) => {
  const cx = b.x + b.width / 2
  const cy = b.y + b.height / 2
  return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height
}
const inside = (b: Box, outer: Box) => b.x >= outer.x - 1 && b.y >= outer.y - 1 && b.x + b.width <= outer.x + outer.width + 1 && b.y + b.height <= outer.y + outer.height + 1

/** The grid of the table on a slide, or null when the slide has no table cells. */
export function findTable(elements: readonly SlideElement[]): TableModel | null {
  const cells = elements.filter((e): e is TextElement => e.kind === 'text' && e.role === 'tableCell')
  const first = cells[0]
  if (!first) return null
  const rects = elements.filter((e): e is ShapeElement => e.kind === 'shape' && e.shape === 'rect')
  // The head's fill: the smallest filled rectangle around the first cell (not the page's background) gives
  // the table's left, width and row height.
  const area = (b: Box) => b.width * b.height
  const head = rects.filter((r) => r.fill !== null && inside(first.box, r.box)).sort((a, b) => area(a.box) - area(b.box))[0]
  if (!head) return null
  const rowHeight = head.box.height
  const top = head.box.y
  const rowOf = (t: TextElement) => Math.floor((t.box.y - top + 1) / rowHeight)
  const rowCount = Math.max(...cells.map(rowOf)) + 1
  const box: Box = { x: head.box.x, y: top, width: head.box.width, height: rowCount * rowHeight }
  const padX = first.box.x - box.x
  const columns = [...new Set(cells.map((c) => Math.round((c.box.x - padX) * 100) / 100))].sort((a, b) => a - b)
  const consumed = new Set<SlideElement>(cells)
  const painted = rects.filter((r) => inside(r.box, box))
  for (const r of painted) consumed.add(r)
  const rows: TableCellModel[][] = Array.from({ length: rowCount }, () => [])
  for (let r = 0; r < rowCount; r++) {
    const y = top + r * rowHeight
    const fillRect = painted.find((p) => p.fill !== null && near(p.box.y, y) && near(p.box.height, rowHeight))
    const rule = painted.find((p) => p.fill !== null && p.box.height < rowHeight / 4 && near(p.box.y + p.box.height, y + rowHeight, 2))
    const fill = fillRect?.fill ?? null
    const bottom = rule ? { color: rule.fill!, width: rule.box.height } : null
    const own = cells.filter((c) => rowOf(c) === r).sort((a, b) => a.box.x - b.box.x)
    rows[r] = columns.map((x) => {
      const text = own.find((c) => near(c.box.x - padX, x, 2))
      // A badge behind one cell's text (a status coloured by the theme) colours that cell.
      const badge = text ? painted.find((p) => p.fill !== null && p.box.width < box.width / 2 && p.box.height < rowHeight && centredIn(p.box, text.box)) : undefined
      return { text: text ?? { ...first, id: `empty-${r}-${x}`, lines: [], edit: null }, fill: badge?.fill ?? fill, bottom }
    })
  }
  return { box, columns, rowHeight, padX, rows, consumed }
}
