/**
 * One slide into a pptxgenjs slide: the elements its layout's `boxes()` placed (the list the screen and the
 * PDF draw), as things a person edits in WPS or PowerPoint: text boxes with the words of the slide (wrapped
 * by the program, so editing flows), bullets as one list of real bullets, a native table, a native chart,
 * the pictures themselves, the slide's background as the slide's background, the page number as a field.
 *
 * Where the fitting rule cut a text (“…”), the lines it kept are written as they are, line by line, so the
 * slide reads as on screen; otherwise the text is the slide's own, paragraph by paragraph.
 */
import type PptxGenJS from 'pptxgenjs'
import type { Slide } from '../../../src-shared/schemas/briefing'
import { TEXT_ROLE_NAMES, type ChartElement, type ImageElement, type RunsElement, type ShapeElement, type SlideElement, type TextElement, type TextRole } from '../../../src-shared/slides/elements'
import type { LayoutContext } from '../../../src-shared/slides/layouts'
import type { Box } from '../../../src-shared/slides/page'
import { picturePlaceholder } from '../../../src-shared/slides/picture-placeholder'
import { bodyBox } from '../../../src-shared/slides/layouts/frame'
import { chartPlan, type LabelFormat } from './charts'
import { findTable, type TableModel } from './tables'
import { hex, inches, officeColor, place, points } from './units'

export interface PptxDrawOptions {
  /** The slide the elements were placed from: its texts, whole, for the text boxes. */
  slide: Slide
  ctx: LayoutContext
  /** Picture data by asset name, as pptxgenjs takes it (`image/png;base64,…`); a missing one is drawn as a placeholder. */
  images: ReadonlyMap<string, string>
  onCut: (role: TextRole) => void
  onMissingImage: (asset: string) => void
}

/** What a drawn slide leaves for the package edits and the notes. */
export interface DrawnSlide {
  /** Each chart's data labels, series by series, in the order the charts were added. */
  chartLabels: LabelFormat[][][]
  /** Lines for the speaker notes (a chart drawn differently from the screen). */
  notes: string[]
  /** The text the title placeholder holds, for the document's list of slide titles. */
  title: string | null
}

/** Object names the package edits look for: the slide's title becomes its title placeholder. */
export const TITLE_OBJECT = '标题'
export const CENTER_TITLE_OBJECT = '居中标题'
/** ◆: the bullets' character (the package edits give it the accent colour and the marker's size). */
export const BULLET_CODE = '25C6'

/** Texts that wrap in their box when edited; the others stay on one line. */
const WRAPPING: ReadonlySet<TextRole> = new Set(['title', 'subtitle', 'message', 'quote', 'bullet', 'kpiLabel', 'caption'])

/** The wrapped texts' boxes widen by this much (0.5 % and 2 px) so another face's slightly wider Latin never adds a line. */
const slack = (width: number) => width * 0.005 + 2

/** The value at `path` in the slide, when it is a string. */
function textAt(slide: Slide, path: readonly (string | number)[]): string | null {
  let at: unknown = slide
  for (const key of path) {
    if (at === null || typeof at !== 'object') return null
    at = (at as Record<string | number, unknown>)[key]
  }
  return typeof at === 'string' ? at : null
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

/**
 * The paragraphs to write for a text element: the slide's own text when the element shows all of it (its
 * spaces and line breaks intact), else the lines as the fitting rule set them, joined by soft breaks.
 */
export function textParagraphs(e: TextElement, slide: Slide): { paragraphs: string[]; softBreaks: boolean } {
  const source = e.edit ? textAt(slide, e.edit.path) : null
  if (!e.overflow && source !== null && squeeze(source) === squeeze(e.lines.join(''))) {
    const paragraphs = source.split('\n').map((p) => p.trim())
    return WRAPPING.has(e.role) ? { paragraphs, softBreaks: false } : { paragraphs: [paragraphs.join(' ')], softBreaks: false }
  }
  return { paragraphs: e.lines, softBreaks: e.lines.length > 1 }
}

interface RunOptions {
  size: number
  color: string
  bold: boolean
  font: string
}

function run(text: string, o: RunOptions, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps {
  const c = officeColor(o.color)
  return { text, options: { fontSize: points(o.size), color: c.hex, ...(c.transparency ? { transparency: c.transparency } : {}), bold: o.bold, fontFace: o.font, lang: 'zh-CN', ...extra } }
}

/** The box widened for wrapped text, keeping its alignment edge. */
function widened(box: Box, align: TextElement['align'], wraps: boolean): Box {
  if (!wraps) return box
  const extra = slack(box.width)
  const x = align === 'left' ? box.x : align === 'right' ? box.x - extra : box.x - extra / 2
  return { ...box, x, width: box.width + extra }
}

class SlideDrawer {
  readonly drawn: DrawnSlide = { chartLabels: [], notes: [], title: null }

  constructor(
    private readonly target: PptxGenJS.Slide,
    private readonly o: PptxDrawOptions,
  ) {}

  private font(which: 'heading' | 'body'): string {
    return this.o.ctx.theme.fonts[which].office
  }

  private isBackground(e: ShapeElement): boolean {
    const page = this.o.ctx.page
    return e.shape === 'rect' && e.fill !== null && e.stroke === null && e.box.x <= 0 && e.box.y <= 0 && e.box.width >= page.width && e.box.height >= page.height
  }

  shape(e: ShapeElement): void {
    if (this.isBackground(e)) {
      this.target.background = { color: hex(e.fill!) }
      return
    }
    const fill = e.fill ? officeColor(e.fill) : null
    this.target.addShape(e.shape === 'rect' ? 'rect' : 'diamond', {
      ...place(e.box),
      fill: fill ? { color: fill.hex, ...(fill.transparency ? { transparency: fill.transparency } : {}) } : { type: 'none' },
      line: e.stroke ? { color: hex(e.stroke.color), width: points(e.stroke.width) } : { type: 'none' },
    })
  }

  text(e: TextElement): void {
    if (e.overflow) this.o.onCut(e.role)
    if (e.lines.length === 0) return
    if (e.role === 'pageNumber') return this.pageNumber(e)
    const { paragraphs, softBreaks } = textParagraphs(e, this.o.slide)
    const style: RunOptions = { size: e.size, color: e.color, bold: e.bold, font: this.font(e.font) }
    const runs = paragraphs.map((p, i) =>
      softBreaks ? run(p, style, i > 0 ? { softBreakBefore: true } : {}) : run(p, style, i < paragraphs.length - 1 ? { breakLine: true } : {}),
    )
    const wraps = WRAPPING.has(e.role)
    const isTitle = e.role === 'title'
    if (isTitle) this.drawn.title = paragraphs.join(softBreaks ? '' : ' ')
    // One line: centred in its line box at the program's own line height, as CSS centres it, whatever the
    // face's ascent. Several lines: at the layout's exact line pitch, from the top.
    const single = paragraphs.length === 1 && e.lines.length === 1
    this.target.addText(runs, {
      ...place(widened(e.box, e.align, wraps)),
      margin: 0,
      align: e.align,
      valign: single ? 'middle' : 'top',
      wrap: wraps,
      fit: 'none',
      ...(single ? {} : { lineSpacing: points(e.lineHeight) }),
      objectName: isTitle ? (this.o.slide.layout === 'cover' ? CENTER_TITLE_OBJECT : TITLE_OBJECT) : TEXT_ROLE_NAMES[e.role],
    })
  }

  /** The page number as the slide-number field, so it stays right when slides are added or moved. */
  private pageNumber(e: TextElement): void {
    this.target.slideNumber = {
      ...place(e.box),
      fontFace: this.font(e.font),
      fontSize: points(e.size),
      color: hex(e.color),
      align: e.align,
      margin: [0, 0, 0, 0],
      valign: 'middle',
    } as PptxGenJS.SlideNumberProps
  }

  runs(e: RunsElement): void {
    if (e.overflow) this.o.onCut(e.role)
    const font = this.font(e.font)
    this.target.addText(
      e.runs.map((r) => run(r.text, { size: r.size, color: r.color, bold: r.bold, font })),
      { ...place(e.box), margin: 0, align: e.align, valign: 'middle', wrap: false, fit: 'none', objectName: TEXT_ROLE_NAMES[e.role] },
    )
  }

  /** Bullets as one text box of real bullets (◆ in the accent colour), one paragraph each. */
  bullets(items: { marker: ShapeElement; text: TextElement }[]): void {
    const first = items[0]!.text
    const size = first.size
    const body = bodyBox(this.o.ctx.page)
    const left = body.x
    const bottom = Math.max(body.y + body.height, ...items.map((i) => i.text.box.y + i.text.box.height))
    const second = items[1]?.text
    const gap = second ? second.box.y - (first.box.y + first.box.height) : 0
    const font = this.font(first.font)
    const runs: PptxGenJS.TextProps[] = []
    items.forEach(({ text: e }, i) => {
      if (e.overflow) this.o.onCut(e.role)
      // One paragraph per bullet; its own line breaks (or the lines kept when cut) are soft breaks inside it.
      const { paragraphs } = textParagraphs(e, this.o.slide)
      const style: RunOptions = { size: e.size, color: e.color, bold: e.bold, font }
      paragraphs.forEach((line, k) => {
        const starts = k === 0 ? { bullet: { characterCode: BULLET_CODE, indent: points(e.box.x - left) }, ...(gap > 0 ? { paraSpaceAfter: points(gap) } : {}) } : { softBreakBefore: true }
        const ends = k === paragraphs.length - 1 && i < items.length - 1 ? { breakLine: true } : {}
        runs.push(run(line, style, { ...starts, ...ends }))
      })
    })
    this.target.addText(runs, {
      ...place(widened({ x: left, y: first.box.y, width: first.box.x + first.box.width - left, height: bottom - first.box.y }, 'left', true)),
      margin: 0,
      align: 'left',
      valign: 'top',
      wrap: true,
      fit: 'none',
      lineSpacing: points(first.lineHeight),
      objectName: TEXT_ROLE_NAMES.bullet,
    })
  }

  chart(e: ChartElement): void {
    const font = this.o.ctx.theme.fonts.body.office
    const plan = chartPlan(e.spec, e.colors, font, e.box)
    if (plan.note) this.drawn.notes.push(plan.note)
    if (plan.kind === 'text') {
      const colors = e.colors
      const runs: PptxGenJS.TextProps[] = []
      if (plan.title) runs.push(run(plan.title, { size: 34, color: colors.text, bold: true, font }, { breakLine: true }))
      runs.push(run(plan.text, { size: 34, color: plan.title ? colors.muted : colors.axis, bold: false, font }))
      this.target.addText(runs, { ...place(e.box), margin: 0, align: 'center', valign: 'middle', wrap: true, fit: 'none', lineSpacing: points(34 * 1.4), objectName: '图表' })
      return
    }
    this.target.addChart(plan.type as PptxGenJS.CHART_NAME, plan.data as PptxGenJS.OptsChartData[], { ...plan.options, ...place(e.box), objectName: '图表' })
    this.drawn.chartLabels.push(plan.labels)
    for (const t of plan.overlays) {
      this.target.addText([run(t.text, { size: t.size, color: t.color, bold: t.bold, font })], { ...place(t.box), margin: 0, align: 'center', valign: 'middle', wrap: false, fit: 'none', objectName: '图表数值' })
    }
  }

  image(e: ImageElement): void {
    const data = e.image ? this.o.images.get(e.image.asset) : undefined
    if (e.image && data && e.draw) {
      const cover = e.draw.width > e.box.width + 0.5 || e.draw.height > e.box.height + 0.5
      if (cover) {
        // The frame crops the picture: the whole picture's size, cropped to the frame around its centre.
        this.target.addImage({ data, ...place(e.box), w: inches(e.draw.width), h: inches(e.draw.height), sizing: { type: 'cover', w: inches(e.box.width), h: inches(e.box.height) }, altText: '图片', objectName: '图片' })
        return
      }
      this.target.addImage({ data, ...place(e.draw), altText: '图片', objectName: '图片' })
      return
    }
    if (e.image) this.o.onMissingImage(e.image.asset)
    for (const part of picturePlaceholder(e)) DRAW[part.kind](this, part as never)
  }

  /** The table as one native table: the grid the layout placed, each cell's text as the layout set it. */
  drawTable(t: TableModel): void {
    const widths = t.columns.map((x, i) => (t.columns[i + 1] ?? t.box.x + t.box.width) - x)
    const none = { type: 'none' as const }
    const rows: PptxGenJS.TableRow[] = t.rows.map((row) =>
      row.map(({ text: e, fill, bottom }) => {
        if (e.overflow) this.o.onCut(e.role)
        const { paragraphs } = textParagraphs(e, this.o.slide)
        const c = officeColor(e.color)
        return {
          text: paragraphs.join(' '),
          options: {
            fontFace: this.font(e.font),
            fontSize: points(e.size),
            color: c.hex,
            bold: e.bold,
            align: e.align,
            valign: 'middle',
            lang: 'zh-CN',
            // Inches: pptxgenjs reads cell margins as points only when the first is 1 or more.
            margin: [0, inches(t.padX), 0, inches(t.padX)],
            ...(fill ? { fill: { color: hex(fill) } } : {}),
            border: [none, none, bottom ? { type: 'solid', color: hex(bottom.color), pt: points(bottom.width) } : none, none],
          },
        } as PptxGenJS.TableCell
      }),
    )
    this.target.addTable(rows, { ...place(t.box), colW: widths.map(inches), rowH: t.rows.map(() => inches(t.rowHeight)), objectName: '表格' })
  }

  draw(elements: readonly SlideElement[]): void {
    const table = findTable(elements)
    let tableDrawn = false
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i]!
      if (table?.consumed.has(e)) {
        if (!tableDrawn) this.drawTable(table)
        tableDrawn = true
        continue
      }
      // A diamond before a bullet is its marker: the run of marker + bullet pairs is one list.
      if (e.kind === 'shape' && e.shape === 'diamond' && elements[i + 1]?.kind === 'text' && (elements[i + 1] as TextElement).role === 'bullet') {
        const items: { marker: ShapeElement; text: TextElement }[] = []
        while (elements[i]?.kind === 'shape' && (elements[i] as ShapeElement).shape === 'diamond' && (elements[i + 1] as TextElement | undefined)?.role === 'bullet') {
          items.push({ marker: elements[i] as ShapeElement, text: elements[i + 1] as TextElement })
          i += 2
        }
        i--
        this.bullets(items)
        continue
      }
      DRAW[e.kind](this, e as never)
    }
  }
}

/** Draws elements, by kind. */
const DRAW: { [K in SlideElement['kind']]: (d: SlideDrawer, e: Extract<SlideElement, { kind: K }>) => void } = {
  shape: (d, e) => d.shape(e),
  text: (d, e) => d.text(e),
  runs: (d, e) => d.runs(e),
  chart: (d, e) => d.chart(e),
  image: (d, e) => d.image(e),
}

export function drawPptxSlide(target: PptxGenJS.Slide, elements: readonly SlideElement[], o: PptxDrawOptions): DrawnSlide {
  const drawer = new SlideDrawer(target, o)
  drawer.draw(elements)
  return drawer.drawn
}
