/**
 * One slide as pdfmake nodes in a box on the page. Every position, colour and type size comes from
 * `src-shared/slides/theme.ts` on the 1920×1080 canvas (the numbers the screen's layout components use)
 * and is scaled to the box, so a slide in the PDF has the proportions it has on screen.
 *
 * Text never runs out of its box: sizes step down until it fits (the screen clips; paper should not),
 * and what still does not fit is cut with “…” and reported.
 */
import type { PdfmakeNode } from 'pdfmake'
import type { ChartSpec, Slide, SlideFigure } from '../../../src-shared/schemas/briefing'
import { BODY_BOX, CHART_BOX, SLIDE, SLIDE_COLORS as C, SLIDE_FRAME as F, SLIDE_TYPE as T, kpiCardBoxes, listFontSize, type Box } from '../../../src-shared/slides/theme'
import { formatFigure, formatNumber, formatPeriod } from '../../../src-shared/charts/format'
import { FONT_LINE_EM, fitParagraphs, lineCount, textWidth, truncateToLines, truncateToWidth } from './text-fit'

/** pdfmake `lineHeight` that gives a CSS line-height of `css` em. */
const lh = (css: number) => css / FONT_LINE_EM

export interface SlideMeta {
  /** 1-based position in the deck and the deck's size, for the slide's own footer. */
  page: number
  total: number
  organization: string
  classification: string
}

export interface DrawOptions {
  meta: SlideMeta
  /** The chart as SVG at the given logical size. */
  chartSvg: (spec: ChartSpec, width: number, height: number) => string
  /** Figures (by index within the slide) whose metric is gone from the report: drawn with a visible tag. */
  missingFigures: ReadonlySet<number>
  /** The slide refers to metrics but has no figures left: a visible placeholder instead of the body. */
  missingData: boolean
  /** A text did not fit and was cut. */
  onCut: (what: string) => void
  /** Every text drawn, for the font coverage check. */
  onText: (text: string) => void
}

/** What a bookmark for this slide carries; the caller attaches it. */
export interface OutlineEntry {
  id: string
  text: string
  parentId?: string
}

interface TextOpts {
  size: number
  color?: string
  bold?: boolean
  align?: 'left' | 'center' | 'right'
  /** CSS line-height in em; default the font's own (≈1.45). */
  lineHeight?: number
  spacing?: number
}

/** Draws in logical slide pixels; converts to points in the target box. */
class SlideCanvas {
  readonly s: number
  readonly shapes: PdfmakeNode[] = []
  readonly texts: PdfmakeNode[] = []
  constructor(
    readonly box: Box,
    private readonly onText: (t: string) => void,
  ) {
    this.s = box.width / SLIDE.width
  }

  rect(x: number, y: number, w: number, h: number, fill: string, stroke?: { color: string; width: number }): void {
    const s = this.s
    this.shapes.push({
      type: 'rect',
      x: x * s,
      y: y * s,
      w: w * s,
      h: h * s,
      ...(fill !== 'none' ? { color: fill } : {}),
      ...(stroke ? { lineColor: stroke.color, lineWidth: stroke.width * s } : { lineWidth: 0 }),
    })
  }

  polygon(points: [number, number][], fill: string): void {
    const s = this.s
    this.shapes.push({ type: 'polyline', closePath: true, points: points.map(([x, y]) => ({ x: x * s, y: y * s })), color: fill, lineWidth: 0 })
  }

  /** A text block at (x, y) of `width` logical pixels; `text` may be a string or pdfmake inline runs. */
  text(x: number, y: number, width: number, text: string | PdfmakeNode[], o: TextOpts, extra: PdfmakeNode = {}): void {
    const s = this.s
    if (typeof text === 'string') this.onText(text)
    else for (const run of text) if (typeof run.text === 'string') this.onText(run.text)
    // Inline runs carry their own sizes in logical pixels too.
    const content = typeof text === 'string' ? text : text.map((run) => (typeof run.fontSize === 'number' ? { ...run, fontSize: run.fontSize * s } : run))
    this.texts.push({
      absolutePosition: { x: this.box.x + x * s, y: this.box.y + y * s },
      columns: [
        {
          width: width * s,
          text: content,
          fontSize: o.size * s,
          color: o.color ?? C.ink,
          bold: o.bold ?? false,
          alignment: o.align ?? 'left',
          lineHeight: lh(o.lineHeight ?? FONT_LINE_EM),
          ...(o.spacing ? { characterSpacing: o.spacing * s } : {}),
          ...extra,
        },
      ],
    })
  }

  svg(svg: string, x: number, y: number, w: number, h: number): void {
    const s = this.s
    this.texts.push({ svg, width: w * s, height: h * s, font: 'Noto Sans SC', absolutePosition: { x: this.box.x + x * s, y: this.box.y + y * s } })
  }

  nodes(): PdfmakeNode[] {
    return [{ canvas: this.shapes, absolutePosition: { x: this.box.x, y: this.box.y } }, ...this.texts]
  }
}

/** Font size of a list, as the screen picks it (src-renderer/src/slides/list.ts). */
/** Sizes to try, from the screen's size down. */
function steps(from: number, min: number): number[] {
  const out: number[] = []
  for (let v = from; v > min; v = Math.round(v * 0.88)) out.push(v)
  out.push(min)
  return out
}

function classificationBox(c: SlideCanvas, marking: string, top: number): void {
  if (marking.trim() === '') return
  const w = textWidth(marking, T.footer) + 24 + 4
  const h = T.footer * FONT_LINE_EM
  const x = SLIDE.width - F.marginX - w
  c.rect(x, top, w, h, 'none', { color: C.red, width: 2 })
  c.text(x + 2, top, w - 4, marking, { size: T.footer, color: C.red, align: 'center' })
}

function chrome(c: SlideCanvas, slide: Slide, o: DrawOptions): void {
  const width = SLIDE.width - 2 * F.marginX
  const title = truncateToWidth(slide.title, T.title, width, true)
  if (title !== slide.title) o.onCut('标题')
  c.text(F.marginX, F.titleTop + (F.titleHeight - T.title * FONT_LINE_EM) / 2, width, title, { size: T.title, color: C.navy, bold: true })
  c.rect(F.marginX, F.ruleTop, width, F.ruleHeight, C.red)
  c.rect(F.marginX, F.ruleTop, 160, F.ruleHeight, C.gold)
  classificationBox(c, o.meta.classification, 24)
  c.rect(F.marginX, F.footerTop, width, 2, C.line)
  c.text(F.marginX, F.footerTop + 10, width / 2, truncateToWidth(o.meta.organization, T.footer, width / 2), { size: T.footer, color: C.muted })
  c.text(F.marginX + width / 2, F.footerTop + 10, width / 2, `${o.meta.page} / ${o.meta.total}`, { size: T.footer, color: C.muted, align: 'right' })
}

function placeholder(c: SlideCanvas, box: Box, message: string): void {
  c.rect(box.x, box.y, box.width, box.height, C.band, { color: C.red, width: 3 })
  c.text(box.x, box.y + box.height / 2 - T.body * FONT_LINE_EM / 2, box.width, message, { size: T.body, color: C.red, bold: true, align: 'center' })
}

export const MISSING_DATA_TEXT = '〔指标数据缺失〕'
export const MISSING_METRIC_TAG = '〔来源指标缺失〕'

function drawCover(c: SlideCanvas, slide: Extract<Slide, { layout: 'cover' }>, o: DrawOptions): void {
  c.rect(0, 0, SLIDE.width, 28, C.red)
  classificationBox(c, o.meta.classification, 60)
  const width = SLIDE.width - 320
  // Title: up to 330 px at line-height 1.25 (three lines), smaller when longer.
  let size: number = T.coverTitle
  for (const s of steps(T.coverTitle, 56)) {
    size = s
    if (lineCount(slide.title, s, width, true) * s * 1.25 <= 330) break
  }
  const maxLines = Math.max(1, Math.floor(330 / (size * 1.25)))
  const title = truncateToLines(slide.title, size, width, maxLines, true)
  if (title !== slide.title) o.onCut('封面标题')
  const titleH = lineCount(title, size, width, true) * size * 1.25
  const subtitleH = T.coverSubtitle * 1.35
  const total = titleH + 40 + 6 + 32 + subtitleH
  let y = 250 + (460 - total) / 2
  c.text(160, y, width, title, { size, color: C.navy, bold: true, align: 'center', lineHeight: 1.25, spacing: 4 })
  y += titleH + 40
  c.rect(SLIDE.width / 2 - 120, y, 72, 6, C.gold)
  c.rect(SLIDE.width / 2 - 48, y, 168, 6, C.red)
  y += 6 + 32
  if (slide.subtitle) c.text(160, y, width, truncateToWidth(slide.subtitle, T.coverSubtitle, width), { size: T.coverSubtitle, color: C.ink2, align: 'center' })
  let my = 780
  for (const line of [slide.organization, slide.date].filter((s) => s.trim() !== '')) {
    c.text(160, my, width, truncateToWidth(line, T.coverMeta, width), { size: T.coverMeta, color: C.ink2, align: 'center' })
    my += T.coverMeta * FONT_LINE_EM + 12
  }
  c.rect(0, SLIDE.height - 42, SLIDE.width, 6, C.gold)
  c.rect(0, SLIDE.height - 36, SLIDE.width, 36, C.red)
}

function drawClosing(c: SlideCanvas, slide: Extract<Slide, { layout: 'closing' }>, o: DrawOptions): void {
  c.rect(0, 0, SLIDE.width, 28, C.red)
  const width = SLIDE.width - 320
  const title = truncateToWidth(slide.title, T.coverTitle, width, true)
  const titleH = T.coverTitle * FONT_LINE_EM
  const msgFit = fitParagraphs([slide.message], { width, height: 240, sizes: steps(T.coverSubtitle, 30), lineEm: FONT_LINE_EM, gapEm: 0 })
  if (msgFit.truncated) o.onCut('结束语')
  const msg = msgFit.paragraphs[0] ?? ''
  const msgH = slide.message ? lineCount(msg, msgFit.size, width) * msgFit.size * FONT_LINE_EM : 0
  const total = titleH + 40 + 6 + 32 + msgH
  let y = 260 + (480 - total) / 2
  c.text(160, y, width, title, { size: T.coverTitle, color: C.navy, bold: true, align: 'center', spacing: 8 })
  y += titleH + 40
  c.rect(SLIDE.width / 2 - 120, y, 72, 6, C.gold)
  c.rect(SLIDE.width / 2 - 48, y, 168, 6, C.red)
  y += 6 + 32
  if (slide.message) c.text(160, y, width, msg, { size: msgFit.size, color: C.ink2, align: 'center' })
  if (o.meta.organization) c.text(0, 820, SLIDE.width, o.meta.organization, { size: T.coverMeta, color: C.ink2, align: 'center' })
  c.rect(0, SLIDE.height - 42, SLIDE.width, 6, C.gold)
  c.rect(0, SLIDE.height - 36, SLIDE.width, 36, C.red)
}

function drawQuote(c: SlideCanvas, slide: Extract<Slide, { layout: 'quote' }>, o: DrawOptions): void {
  c.rect(0, 0, SLIDE.width, SLIDE.height, C.band)
  c.rect(0, 0, 24, SLIDE.height, C.red)
  if (slide.title) c.text(200, 100, 1520, truncateToWidth(slide.title, T.body, 1520, true), { size: T.body, color: C.muted, bold: true })
  // The opening mark: 280 px at line-height 1 on screen; pdfmake's line box is taller, so lift it.
  c.text(150, 150 - (280 * (FONT_LINE_EM - 1)) / 2, 300, '“', { size: 280, color: C.gold, bold: true })
  const width = SLIDE.width - 280 - 220
  const fit = fitParagraphs([slide.quote], { width, height: 480, sizes: steps(T.quote, 32), lineEm: 1.5, gapEm: 0, bold: true })
  if (fit.truncated) o.onCut('引文')
  c.text(280, 300, width, fit.paragraphs[0] ?? '', { size: fit.size, color: C.navy, bold: true, lineHeight: 1.5 })
  if (slide.attribution) c.text(280, 820, width, truncateToWidth(`—— ${slide.attribution}`, T.body, width), { size: T.body, color: C.ink2, align: 'right' })
  c.text(SLIDE.width - F.marginX - 300, F.footerTop, 300, String(o.meta.page), { size: T.footer, color: C.muted, align: 'right' })
}

function drawAgenda(c: SlideCanvas, slide: Extract<Slide, { layout: 'agenda' }>, o: DrawOptions): void {
  chrome(c, slide, o)
  const items = slide.items.slice(0, 12)
  if (slide.items.length > items.length) o.onCut('目录条目')
  const two = items.length > 6
  let size = two ? 32 : listFontSize(items)
  const gap = two ? 20 : 28
  const colWidth = two ? (BODY_BOX.width - 80) / 2 : BODY_BOX.width
  const rowH = (sz: number) => Math.max(1.5 * sz + 6, FONT_LINE_EM * sz + 10)
  const rows = Math.min(items.length, 6)
  while (size > 20 && 24 + rows * rowH(size) + (rows - 1) * gap > BODY_BOX.height) size -= 2
  items.forEach((item, i) => {
    const col = two ? Math.floor(i / 6) : 0
    const row = two ? i % 6 : i
    const x = BODY_BOX.x + col * (colWidth + 80)
    const top = BODY_BOX.y + 24 + row * (rowH(size) + gap)
    const numW = 1.9 * size
    const numH = 1.5 * size
    const numTop = top + (rowH(size) - numH - 6) / 2
    c.rect(x, numTop, numW, numH, C.red)
    c.rect(x, numTop + numH, numW, 6, C.gold)
    c.text(x, numTop + (numH - FONT_LINE_EM * size) / 2, numW, String(i + 1).padStart(2, '0'), { size, color: '#ffffff', bold: true, align: 'center' })
    const tx = x + numW + 32
    const tw = colWidth - numW - 32
    const textTop = top + (rowH(size) - (FONT_LINE_EM * size + 10)) / 2
    const text = truncateToWidth(item, size, tw, true)
    if (text !== item) o.onCut('目录条目')
    c.text(tx, textTop, tw, text, { size, color: C.ink, bold: true })
    c.rect(tx, textTop + FONT_LINE_EM * size + 8, tw, 2, C.line)
  })
}

function drawSection(c: SlideCanvas, slide: Extract<Slide, { layout: 'section' }>, o: DrawOptions): void {
  chrome(c, slide, o)
  const bullets = slide.bullets.filter((b) => b.trim() !== '')
  const base = listFontSize(bullets)
  const indent = (size: number) => 1.15 * size
  // Fit at the screen's size first, then smaller; the text column narrows with the marker's indent.
  const height = BODY_BOX.height - 16
  let fit = fitParagraphs(bullets, { width: BODY_BOX.width - indent(base), height, sizes: [base], lineEm: 1.45, gapEm: 0.75 })
  if (fit.truncated) {
    for (const size of steps(base, 22)) {
      fit = fitParagraphs(bullets, { width: BODY_BOX.width - indent(size), height, sizes: [size], lineEm: 1.45, gapEm: 0.75 })
      if (!fit.truncated) break
    }
  }
  if (fit.truncated) o.onCut('要点')
  const size = fit.size
  let y = BODY_BOX.y + 16
  for (const bullet of fit.paragraphs) {
    const cx = BODY_BOX.x + 0.225 * size
    const cy = y + 0.8 * size
    const r = 0.318 * size
    c.polygon([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]], C.red)
    const w = BODY_BOX.width - indent(size)
    c.text(BODY_BOX.x + indent(size), y, w, bullet, { size, color: C.ink, lineHeight: 1.45 })
    y += lineCount(bullet, size, w) * size * 1.45 + 0.75 * size
  }
}

function figureRuns(f: SlideFigure, valueSize: number, unitSize: number): PdfmakeNode[] {
  const text = formatFigure(f.value, f.unit, f.qualifier)
  const num = formatNumber(f.value)
  const at = text.indexOf(num)
  if (at < 0) return [{ text, fontSize: valueSize }]
  const runs: PdfmakeNode[] = []
  if (at > 0) runs.push({ text: text.slice(0, at), fontSize: unitSize })
  runs.push({ text: num, fontSize: valueSize })
  if (at + num.length < text.length) runs.push({ text: text.slice(at + num.length), fontSize: unitSize })
  return runs
}

function drawKpi(c: SlideCanvas, slide: Extract<Slide, { layout: 'kpi' }>, o: DrawOptions): void {
  chrome(c, slide, o)
  if (slide.figures.length === 0) {
    placeholder(c, { x: BODY_BOX.x, y: BODY_BOX.y + 120, width: BODY_BOX.width, height: 360 }, o.missingData ? MISSING_DATA_TEXT : '（暂无指标）')
    return
  }
  const boxes = kpiCardBoxes(slide.figures.length)
  slide.figures.slice(0, boxes.length).forEach((f, i) => {
    const b = boxes[i]!
    c.rect(b.x, b.y, b.width, b.height, C.band)
    c.rect(b.x, b.y, b.width, 8, C.red)
    const inner = b.width - 48
    // As on screen (KpiSlide.vue): value, label, then period and goal, centred as one group below the red rule.
    let valueSize: number = T.kpiValue
    let unitSize: number = T.kpiUnit
    const text = formatFigure(f.value, f.unit, f.qualifier)
    const num = formatNumber(f.value)
    const widthAt = (v: number, u: number) => textWidth(num, v, true) + textWidth(text.replace(num, ''), u, true)
    while (widthAt(valueSize, unitSize) > inner && valueSize > 40) {
      valueSize = Math.round(valueSize * 0.9)
      unitSize = Math.max(24, Math.round(unitSize * 0.92))
    }
    const label = truncateToWidth(f.label, T.kpiLabel, inner, true)
    if (label !== f.label) o.onCut('指标名称')
    const missing = o.missingFigures.has(i)
    const period = f.period ? formatPeriod(f.period) : ''
    const goal = f.target ? `目标 ${formatFigure(f.target.value, f.target.unit, f.target.qualifier)}` : ''
    const valueH = valueSize * 1.1
    const labelH = T.kpiLabel * FONT_LINE_EM
    const subH = period || goal || missing ? T.small * FONT_LINE_EM : 0
    const gap = 6
    const total = valueH + gap + labelH + (subH ? gap + subH : 0)
    let y = b.y + 8 + (b.height - 8 - total) / 2
    c.text(b.x + 24, y - (valueSize * (FONT_LINE_EM - 1.1)) / 2, inner, figureRuns(f, valueSize, unitSize), { size: valueSize, color: C.red, bold: true, align: 'center' })
    y += valueH + gap
    c.text(b.x + 24, y, inner, label, { size: T.kpiLabel, color: C.navy, bold: true, align: 'center' })
    y += labelH + gap
    if (missing) {
      c.text(b.x + 24, y, inner, MISSING_METRIC_TAG, { size: T.small, color: C.red, bold: true, align: 'center' })
    } else if (subH) {
      const runs: PdfmakeNode[] = []
      if (period) runs.push({ text: period, color: C.muted })
      if (period && goal) runs.push({ text: '\u3000' })
      if (goal) runs.push({ text: goal, color: C.gold, bold: true })
      c.text(b.x + 24, y, inner, runs, { size: T.small, color: C.muted, align: 'center' })
    }
  })
}

function drawChart(c: SlideCanvas, slide: Extract<Slide, { layout: 'chart' }>, o: DrawOptions): void {
  chrome(c, slide, o)
  if (slide.chart.figures.length === 0 && o.missingData) {
    placeholder(c, { x: CHART_BOX.x, y: CHART_BOX.y + 120, width: CHART_BOX.width, height: 360 }, MISSING_DATA_TEXT)
  } else {
    c.svg(o.chartSvg(slide.chart, CHART_BOX.width, CHART_BOX.height), CHART_BOX.x, CHART_BOX.y, CHART_BOX.width, CHART_BOX.height)
  }
  const missing = o.missingFigures.size > 0 ? `${MISSING_METRIC_TAG} ` : ''
  const caption = `${missing}${slide.caption}`.trim()
  if (caption) {
    const capTop = CHART_BOX.y + CHART_BOX.height + (BODY_BOX.height - CHART_BOX.height - T.small * FONT_LINE_EM) / 2
    c.text(CHART_BOX.x, capTop, CHART_BOX.width, truncateToWidth(caption, T.small, CHART_BOX.width), {
      size: T.small,
      color: missing ? C.red : C.muted,
      align: 'center',
    })
  }
}

function drawTable(c: SlideCanvas, slide: Extract<Slide, { layout: 'table' }>, o: DrawOptions): void {
  chrome(c, slide, o)
  if (slide.rows.length === 0) {
    placeholder(c, { x: BODY_BOX.x, y: BODY_BOX.y + 120, width: BODY_BOX.width, height: 360 }, o.missingData ? MISSING_DATA_TEXT : '（暂无数据）')
    return
  }
  const header = ['指标', ...slide.columns]
  const cols = header.length
  const labelW = cols > 1 ? Math.max(BODY_BOX.width * 0.36, BODY_BOX.width / cols) : BODY_BOX.width
  const cellW = cols > 1 ? (BODY_BOX.width - labelW) / (cols - 1) : 0
  let size: number = T.tableCell
  const rowH = (sz: number) => sz * FONT_LINE_EM + 24
  while (size > 18 && rowH(size) * (slide.rows.length + 1) > BODY_BOX.height) size -= 2
  const maxRows = Math.max(1, Math.floor(BODY_BOX.height / rowH(size)) - 1)
  const rows = slide.rows.slice(0, maxRows)
  if (rows.length < slide.rows.length) o.onCut('表格行')
  const h = rowH(size)
  const colX = (k: number) => BODY_BOX.x + (k === 0 ? 0 : labelW + (k - 1) * cellW)
  const colW = (k: number) => (k === 0 ? labelW : cellW)
  let y = BODY_BOX.y
  c.rect(BODY_BOX.x, y, BODY_BOX.width, h, C.navy)
  header.forEach((t, k) => {
    c.text(colX(k) + 16, y + 12, colW(k) - 32, truncateToWidth(t, size, colW(k) - 32, true), { size, color: '#ffffff', bold: true, align: k === 0 ? 'left' : 'center' })
  })
  y += h
  rows.forEach((row, r) => {
    if (r % 2 === 1) c.rect(BODY_BOX.x, y, BODY_BOX.width, h, C.band)
    c.rect(BODY_BOX.x, y + h - 2, BODY_BOX.width, 2, C.line)
    const cells = [row.label, ...row.cells]
    for (let k = 0; k < cols; k++) {
      const t = cells[k] ?? ''
      const cut = truncateToWidth(t, size, colW(k) - 32, k === 0)
      if (cut !== t) o.onCut('表格单元格')
      c.text(colX(k) + 16, y + 12, colW(k) - 32, cut, { size, color: C.ink, bold: k === 0, align: k === 0 ? 'left' : 'center' })
    }
    y += h
  })
}

/** The slide's nodes in `box` (points), with a thin frame, and an invisible anchor carrying its bookmark(s). */
export function drawSlide(slide: Slide, box: Box, o: DrawOptions, outline: OutlineEntry[]): PdfmakeNode[] {
  const c = new SlideCanvas(box, o.onText)
  switch (slide.layout) {
    case 'cover':
      drawCover(c, slide, o)
      break
    case 'closing':
      drawClosing(c, slide, o)
      break
    case 'quote':
      drawQuote(c, slide, o)
      break
    case 'agenda':
      drawAgenda(c, slide, o)
      break
    case 'section':
      drawSection(c, slide, o)
      break
    case 'kpi':
      drawKpi(c, slide, o)
      break
    case 'chart':
      drawChart(c, slide, o)
      break
    case 'table':
      drawTable(c, slide, o)
      break
  }
  c.rect(0, 0, SLIDE.width, SLIDE.height, 'none', { color: '#b8bec6', width: 0.6 / c.s })
  // Bookmarks hang on text lines in pdfmake: one tiny white space per entry, at the slide's corner.
  const anchors: PdfmakeNode[] = outline.map((e) => ({
    text: ' ',
    fontSize: 1,
    color: '#ffffff',
    absolutePosition: { x: box.x + 1, y: box.y + 1 },
    outline: true,
    id: e.id,
    outlineText: e.text,
    ...(e.parentId ? { outlineParentId: e.parentId } : {}),
  }))
  return [...anchors, ...c.nodes()]
}
