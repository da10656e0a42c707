/**
 * One slide as pdfmake nodes in a box on the page: the elements its layout's `boxes()` placed (the same
 * list the screen draws), scaled from logical pixels to points. Text is drawn line by line exactly as the
 * fitting rule broke it (pdfmake never re-wraps it), each line centred in its line box as CSS does.
 */
import type { PdfmakeNode } from 'pdfmake'
import type { ChartSpec, Slide } from '../../../src-shared/schemas/briefing'
import type { ChartColors } from '../../../src-shared/slides/themes'
import type { ChartElement, ImageElement, RunsElement, ShapeElement, SlideElement, TextElement, TextRole } from '../../../src-shared/slides/elements'
import type { LayoutContext } from '../../../src-shared/slides/layouts'
import type { Box } from '../../../src-shared/slides/page'
import { slideElements } from '../../../src-shared/slides/deck'
import { ASCENT_EM, CONTENT_EM } from '../../../src-shared/slides/text/measure'
import { picturePlaceholder } from '../../../src-shared/slides/picture-placeholder'

export interface DrawOptions {
  ctx: LayoutContext
  /** The chart as SVG at the given logical size in the theme's colours. */
  chartSvg: (spec: ChartSpec, width: number, height: number, colors: ChartColors, font: string) => string
  /** Picture bytes by asset name, as data URLs; a missing one is drawn as a placeholder. */
  images: ReadonlyMap<string, string>
  /** A text the fitting rule had to cut. */
  onCut: (role: TextRole) => void
  /** A picture whose file is missing. */
  onMissingImage: (asset: string) => void
  /** Every text drawn, for the font coverage check. */
  onText: (text: string) => void
}

/** What a bookmark for this slide carries; the caller attaches it. */
export interface OutlineEntry {
  id: string
  text: string
  parentId?: string
}

/** Draws in logical slide pixels; converts to points in the target box. */
class PdfCanvas {
  readonly s: number
  readonly nodes: PdfmakeNode[] = []
  constructor(
    readonly box: Box,
    readonly width: number,
    private readonly o: DrawOptions,
  ) {
    this.s = box.width / width
  }

  private at(x: number, y: number): { x: number; y: number } {
    return { x: this.box.x + x * this.s, y: this.box.y + y * this.s }
  }

  shape(e: ShapeElement): void {
    const s = this.s
    const { x, y, width: w, height: h } = e.box
    const paint = { ...(e.fill ? { color: e.fill } : {}), ...(e.stroke ? { lineColor: e.stroke.color, lineWidth: e.stroke.width * s } : { lineWidth: 0 }) }
    const shape: PdfmakeNode =
      e.shape === 'rect'
        ? { type: 'rect', x: 0, y: 0, w: w * s, h: h * s, ...paint }
        : { type: 'polyline', closePath: true, points: [{ x: (w / 2) * s, y: 0 }, { x: w * s, y: (h / 2) * s }, { x: (w / 2) * s, y: h * s }, { x: 0, y: (h / 2) * s }], ...paint }
    this.nodes.push({ canvas: [shape], absolutePosition: this.at(x, y), elementId: e.id })
  }

  /** One line of text whose line box starts at `top`, glyphs centred in it as CSS centres them. */
  private line(e: { box: Box; align: TextElement['align']; font: TextElement['font'] }, top: number, lineHeight: number, runs: PdfmakeNode[], size: number, id: string): void {
    const s = this.s
    const glyphTop = top + (lineHeight - CONTENT_EM * size) / 2
    this.nodes.push({
      absolutePosition: this.at(e.box.x - 1, glyphTop),
      elementId: id,
      // A pixel of slack each side: the fitting rule measured the line; pdfmake must not wrap it again.
      columns: [{ width: (e.box.width + 2) * s, text: runs, alignment: e.align, lineHeight: 1, noWrap: true }],
      font: this.o.ctx.theme.fonts[e.font].pdf,
    })
  }

  text(e: TextElement): void {
    if (e.overflow) this.o.onCut(e.role)
    e.lines.forEach((text, i) => {
      this.o.onText(text)
      this.line(e, e.box.y + i * e.lineHeight, e.lineHeight, [{ text, fontSize: e.size * this.s, color: e.color, bold: e.bold }], e.size, e.id)
    })
  }

  runs(e: RunsElement): void {
    if (e.overflow) this.o.onCut(e.role)
    const max = Math.max(...e.runs.map((r) => r.size))
    for (const r of e.runs) this.o.onText(r.text)
    // pdfmake puts the baseline of a line of mixed sizes at its top + the largest ascent.
    const top = e.box.y + e.baseline - ASCENT_EM * max
    this.nodes.push({
      absolutePosition: this.at(e.box.x - 1, top),
      elementId: e.id,
      columns: [{ width: (e.box.width + 2) * this.s, alignment: e.align, lineHeight: 1, noWrap: true, text: e.runs.map((r) => ({ text: r.text, fontSize: r.size * this.s, color: r.color, bold: r.bold })) }],
      font: this.o.ctx.theme.fonts[e.font].pdf,
    })
  }

  chart(e: ChartElement): void {
    const s = this.s
    this.nodes.push({ svg: this.o.chartSvg(e.spec, e.box.width, e.box.height, e.colors, e.font), width: e.box.width * s, height: e.box.height * s, font: this.o.ctx.theme.fonts.body.pdf, absolutePosition: this.at(e.box.x, e.box.y), elementId: e.id })
  }

  image(e: ImageElement): void {
    const s = this.s
    const data = e.image ? this.o.images.get(e.image.asset) : undefined
    if (e.image && data && e.draw) {
      // The frame clips the picture (cover); a contained picture sits inside its frame.
      const cover = e.draw.width > e.box.width + 0.5 || e.draw.height > e.box.height + 0.5
      this.nodes.push(
        cover
          ? { image: data, cover: { width: e.box.width * s, height: e.box.height * s }, absolutePosition: this.at(e.box.x, e.box.y), elementId: e.id }
          : { image: data, width: e.draw.width * s, height: e.draw.height * s, absolutePosition: this.at(e.draw.x, e.draw.y), elementId: e.id },
      )
      return
    }
    if (e.image) this.o.onMissingImage(e.image.asset)
    for (const part of picturePlaceholder(e)) (DRAW[part.kind] as (c: PdfCanvas, e: SlideElement) => void)(this, part)
  }
}

/** Draws elements, by kind. */
const DRAW: { [K in SlideElement['kind']]: (c: PdfCanvas, e: Extract<SlideElement, { kind: K }>) => void } = {
  shape: (c, e) => c.shape(e),
  text: (c, e) => c.text(e),
  runs: (c, e) => c.runs(e),
  chart: (c, e) => c.chart(e),
  image: (c, e) => c.image(e),
}

export function drawElements(elements: readonly SlideElement[], box: Box, o: DrawOptions): PdfmakeNode[] {
  const c = new PdfCanvas(box, o.ctx.page.width, o)
  for (const e of elements) (DRAW[e.kind] as (c: PdfCanvas, e: SlideElement) => void)(c, e)
  return c.nodes
}

/** The slide's nodes in `box` (points), with a thin frame, and an invisible anchor carrying its bookmark(s). */
export function drawSlide(slide: Slide, box: Box, o: DrawOptions, outline: OutlineEntry[], framed = true): PdfmakeNode[] {
  const nodes = drawElements(slideElements(slide, o.ctx), box, o)
  if (framed) nodes.push({ canvas: [{ type: 'rect', x: 0, y: 0, w: box.width, h: box.height, lineColor: o.ctx.theme.colors.frame, lineWidth: 0.6 }], absolutePosition: { x: box.x, y: box.y } })
  // Bookmarks hang on text lines in pdfmake: one tiny space per entry, at the slide's corner, in the paper's colour.
  const anchors: PdfmakeNode[] = outline.map((e) => ({
    text: ' ',
    fontSize: 1,
    color: o.ctx.theme.colors.paper,
    absolutePosition: { x: box.x + 1, y: box.y + 1 },
    outline: true,
    id: e.id,
    outlineText: e.text,
    ...(e.parentId ? { outlineParentId: e.parentId } : {}),
  }))
  return [...anchors, ...nodes]
}
