/**
 * PDF export of a briefing with pdfmake 0.3: slides one per page, 2/3/4/6-up handouts, notes pages, with a
 * running header (the meeting), a footer (第 X 页 / 共 Y 页 and the date), a classification marking,
 * an optional watermark, document metadata and one bookmark per slide nested under the agenda's parts.
 *
 * Plain Node (no Electron): the CLI and tests call it directly; the app runs it in a worker (worker.ts).
 */
import { writeFile } from 'node:fs/promises'
import pdfmake, { type PdfmakeNode } from 'pdfmake'
import type { BriefingContent, ChartSpec } from '../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../src-shared/schemas/report'
import { TEXT_ROLE_NAMES } from '../../../src-shared/slides/elements'
import { layoutContext } from '../../../src-shared/slides/deck'
import { pageSizeOf } from '../../../src-shared/slides/page'
import { CONTENT_EM } from '../../../src-shared/slides/text/measure'
import { fitText } from '../../../src-shared/slides/text/fit'
import { themeOf, type ChartColors, type ThemeColors } from '../../../src-shared/slides/themes'
import {
  PdfOptionsSchema,
  paperOf,
  selectSlideIndexes,
  slidesPerPage,
  type PdfOptions,
  type PdfOptionsInput,
} from '../../../src-shared/pdf-options'
import { drawSlide } from './draw-slide'
import { PdfExportError, unwritableMessage } from './errors'
import { FONT_FAMILY, fontCoverage, resolveFonts } from './fonts'
import { planOutline } from './outline'
import { pageGeometry, PAGE_MARGINS, type PageGeometry } from './page-layout'
import { checkSlideReferences } from './references'
import { cutWarnings, missingImagesWarning, referenceWarning } from '../export-warnings'

export interface PdfExportInput {
  briefing: BriefingContent
  options?: PdfOptionsInput
  /** The reports the briefing draws on, to check its metric references; omit when not at hand. */
  reports?: ReportContent[]
  /** The export time (metadata, default footer date); default now. */
  now?: Date
  /** The pictures the briefing shows, by asset name (`<sha256>.png`); a missing one is drawn as a placeholder. */
  images?: Readonly<Record<string, Uint8Array>>
}

export interface PdfExportResult {
  bytes: Uint8Array
  fileName: string
  pageCount: number
  warnings: string[]
}

/** Progress 0..1: building the pages (charts) is the first 30 %, pdfmake's layout and rendering the rest. */
export type ProgressListener = (fraction: number) => void

const LAYOUT_NAMES: Record<PdfOptions['layout'], string> = {
  '1': '幻灯片',
  '2': '讲义（每页2张）',
  '3': '讲义（每页3张）',
  '4': '讲义（每页4张）',
  '6': '讲义（每页6张）',
  notes: '备注页',
}

/** “2024年政府工作报告 - 讲义（每页2张）.pdf”, without characters file systems refuse. */
export function pdfFileName(briefing: Pick<BriefingContent, 'title'>, layout: PdfOptions['layout']): string {
  const title = briefing.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80) || '汇报'
  return `${title} - ${LAYOUT_NAMES[layout]}.pdf`
}

export function formatChineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

function parseOptions(input: PdfOptionsInput | undefined): PdfOptions {
  const parsed = PdfOptionsSchema.safeParse(input ?? {})
  if (!parsed.success) throw new PdfExportError('bad-options', `导出选项有误：${parsed.error.issues[0]?.message ?? '格式不对'}`)
  return parsed.data
}

/** The chart renderer (ECharts, 2.7 MB of code): loaded on the first export that draws a chart, never for text-only decks. */
type ChartRenderer = Pick<typeof import('./charts'), 'renderChartSvg' | 'svgTexts'>
let chartRenderer: Promise<ChartRenderer> | null = null
function loadChartRenderer(): Promise<ChartRenderer> {
  chartRenderer ??= import('./charts').catch((error: unknown) => {
    chartRenderer = null // a failed load is tried again by the next export
    throw error
  })
  return chartRenderer
}

/** Whether any slide carries a chart spec: only such a slide can draw a chart (checked again while drawing). */
const mayDrawCharts = (briefing: BriefingContent) => briefing.slides.some((s) => 'chart' in s)

/** Thrown by `build` when it meets a chart without the renderer loaded; the export then loads it and builds again. */
class ChartRendererNeeded extends Error {}

interface DrawnChart {
  svg: string
  /** Every text the SVG draws, for the font coverage check. */
  texts: string[]
}

function chartCache(charts: ChartRenderer | null): (spec: ChartSpec, w: number, h: number, colors: ChartColors, font: string) => DrawnChart {
  const cache = new Map<string, DrawnChart>()
  return (spec, w, h, colors, font) => {
    if (!charts) throw new ChartRendererNeeded()
    const key = `${w}x${h}\u0000${JSON.stringify(colors)}\u0000${font}\u0000${JSON.stringify(spec)}`
    let drawn = cache.get(key)
    if (drawn === undefined) {
      const svg = charts.renderChartSvg(spec, w, h, colors, font)
      drawn = { svg, texts: charts.svgTexts(svg) }
      cache.set(key, drawn)
    }
    return drawn
  }
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg' }

function imageDataUrls(images: PdfExportInput['images']): Map<string, string> {
  const out = new Map<string, string>()
  for (const [name, bytes] of Object.entries(images ?? {})) {
    const mime = MIME[name.split('.').pop() ?? '']
    if (mime) out.set(name, `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`)
  }
  return out
}

function ruledLines(box: { x: number; y: number; width: number; height: number }, color: string): PdfmakeNode {
  const lines: PdfmakeNode[] = []
  const step = 20
  for (let y = step; y <= box.height; y += step) {
    lines.push({ type: 'line', x1: 0, y1: y, x2: box.width, y2: y, lineWidth: 0.5, lineColor: color })
  }
  return { canvas: lines, absolutePosition: { x: box.x, y: box.y } }
}

function notesNodes(notes: string, box: { x: number; y: number; width: number; height: number }, C: ThemeColors, onCut: () => void): PdfmakeNode[] {
  const labelH = 20
  const text = notes.trim()
  const fit = fitText(text === '' ? '（无备注）' : text.replace(/\n{2,}/g, '\n'), { width: box.width, height: box.height - labelH, sizes: [12, 11, 10, 9, 8], lineHeight: 1.5, weight: 'regular' })
  if (!fit.fits) onCut()
  return [
    {
      absolutePosition: { x: box.x, y: box.y },
      columns: [{ width: box.width, text: '演讲备注', fontSize: 9, bold: true, color: C.muted }],
    },
    {
      absolutePosition: { x: box.x - 1, y: box.y + labelH },
      columns: [{ width: box.width + 2, text: fit.lines.join('\n'), noWrap: true, fontSize: fit.size, lineHeight: 1.5 / CONTENT_EM, color: text === '' ? C.muted : C.ink }],
    },
  ]
}

interface Built {
  doc: PdfmakeNode
  pageCount: number
  warnings: string[]
}

function build(input: PdfExportInput, options: PdfOptions, charts: ChartRenderer | null, onProgress: ProgressListener | undefined): Built {
  const { briefing } = input
  const now = input.now ?? new Date()
  const fonts = resolveFonts()
  const indexes = selectSlideIndexes(briefing.slides, options)
  if (indexes.length === 0) throw new PdfExportError('empty-selection', '所选范围内没有可导出的幻灯片（隐藏的幻灯片需勾选“包含隐藏幻灯片”）。')
  const paper = paperOf(options)
  const theme = themeOf(briefing.theme)
  const C = theme.colors
  const geometry: PageGeometry = pageGeometry(options.layout, paper, pageSizeOf(briefing.aspect))
  const images = imageDataUrls(input.images)
  const missingImages = new Set<string>()
  const perPage = slidesPerPage(options.layout)
  const pageCount = Math.ceil(indexes.length / perPage)
  const header = options.header ?? briefing.meeting
  const marking = options.marking ?? briefing.classification
  const date = options.date ?? (briefing.date || formatChineseDate(now))
  const warnings: string[] = []
  const cuts = new Map<number, Set<string>>()
  const chars = new Map<string, number>()
  const seeText = (slideNo: number) => (t: string) => {
    for (const ch of t) if (!chars.has(ch)) chars.set(ch, slideNo)
  }
  for (const t of [header, marking, date, options.watermark ?? '', '第页共演讲备注无']) seeText(0)(t)

  const chartSvg = chartCache(charts)
  const outline = planOutline(briefing, indexes, input.reports ?? [])
  const content: PdfmakeNode[] = []
  for (let p = 0; p < pageCount; p++) {
    const nodes: PdfmakeNode[] = []
    for (let k = 0; k < perPage; k++) {
      const n = p * perPage + k
      const index = indexes[n]
      if (index === undefined) break
      const slide = briefing.slides[index]!
      const slot = geometry.slots[k]!
      const slideNo = index + 1
      const refs = checkSlideReferences(slide, input.reports, briefing.reportIds)
      const refWarning = referenceWarning(slideNo, slide, refs, 'PDF')
      if (refWarning) warnings.push(refWarning)
      const onCut = (what: string) => {
        const set = cuts.get(slideNo) ?? new Set<string>()
        set.add(what)
        cuts.set(slideNo, set)
      }
      const svgOf = (spec: ChartSpec, w: number, h: number, colors: ChartColors, font: string) => {
        const { svg, texts } = chartSvg(spec, w, h, colors, font)
        for (const t of texts) seeText(slideNo)(t)
        return svg
      }
      nodes.push(
        ...drawSlide(
          slide,
          slot.slide,
          {
            ctx: layoutContext(briefing, index, { missingFigures: refs.missingFigures, missingData: refs.missingData }),
            chartSvg: svgOf,
            images,
            onCut: (role) => onCut(TEXT_ROLE_NAMES[role]),
            onMissingImage: (asset) => missingImages.add(`第 ${slideNo} 张（${asset}）`),
            onText: seeText(slideNo),
          },
          outline[n] ?? [],
          geometry.furniture,
        ),
      )
      if (slot.lines) nodes.push(ruledLines(slot.lines, C.frame))
      if (slot.notes) {
        seeText(slideNo)(slide.notes)
        nodes.push(...notesNodes(slide.notes, slot.notes, C, () => onCut('演讲备注')))
      }
    }
    content.push({ stack: nodes, ...(p > 0 ? { pageBreak: 'before' } : {}) })
    onProgress?.((0.3 * (p + 1)) / pageCount)
  }

  warnings.push(...cutWarnings(cuts, 'PDF'), ...missingImagesWarning(missingImages, 'PDF'))
  const has = fontCoverage(fonts.regular)
  const missingChars = [...chars.entries()].filter(([ch]) => {
    const cp = ch.codePointAt(0)!
    return cp > 0x20 && !(cp >= 0x7f && cp < 0xa0) && cp !== 0x200b && cp !== 0xfeff && !has(cp)
  })
  if (missingChars.length > 0) {
    const list = missingChars.map(([ch, no]) => `“${ch}”(U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${no > 0 ? `，第 ${no} 张` : ''})`)
    warnings.push(`字体中缺少 ${missingChars.length} 个字符，PDF 中显示为空框：${list.join('、')}。`)
  }

  const [ml, , mr] = PAGE_MARGINS
  const furniture = geometry.furniture
  const doc: PdfmakeNode = {
    pageSize: { width: geometry.width, height: geometry.height },
    pageMargins: geometry.margins,
    compress: true,
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, color: C.ink },
    info: {
      title: briefing.title,
      author: options.author ?? briefing.organization,
      subject: options.subject ?? (briefing.meeting || briefing.subtitle || briefing.title),
      keywords: [LAYOUT_NAMES[options.layout], marking].filter((s) => s !== '').join(', '),
      creator: '汇报 Huibao',
      producer: 'Huibao (pdfmake)',
      creationDate: now,
      modDate: now,
    },
    header: () => (!furniture ? null : {
      margin: [ml, 18, mr, 0],
      columns: [
        { width: '*', text: header, fontSize: 9, color: C.muted },
        marking.trim() !== ''
          ? {
              width: 'auto',
              table: { body: [[{ text: marking, fontSize: 9, bold: true, color: C.accent, margin: [4, 0, 4, 0] }]] },
              layout: { hLineColor: () => C.accent, vLineColor: () => C.accent, hLineWidth: () => 0.8, vLineWidth: () => 0.8 },
            }
          : { width: 'auto', text: '' },
      ],
    }),
    footer: (currentPage: number, total: number) => (!furniture ? null : {
      margin: [ml, 14, mr, 0],
      columns: [
        { width: '*', text: '' },
        { width: 'auto', text: `第 ${currentPage} 页 / 共 ${total} 页`, fontSize: 9, color: C.ink2 },
        { width: '*', text: date, fontSize: 9, color: C.muted, alignment: 'right' },
      ],
    }),
    ...(options.watermark && options.watermark.trim() !== ''
      ? { watermark: { text: options.watermark, color: C.accent, opacity: 0.06, bold: true } }
      : {}),
    content,
  }
  return { doc, pageCount, warnings }
}

/** Renders the PDF in memory. Throws PdfExportError with a Chinese message. */
export async function renderBriefingPdf(input: PdfExportInput, onProgress?: ProgressListener): Promise<PdfExportResult> {
  const options = parseOptions(input.options)
  let built: Built
  try {
    const charts = mayDrawCharts(input.briefing) ? await loadChartRenderer() : null
    try {
      built = build(input, options, charts, onProgress)
    } catch (error) {
      if (!(error instanceof ChartRendererNeeded)) throw error
      built = build(input, options, await loadChartRenderer(), onProgress)
    }
  } catch (error) {
    if (error instanceof PdfExportError) throw error
    if (error instanceof RangeError) throw new PdfExportError('bad-options', error.message)
    throw error
  }
  const fonts = resolveFonts()
  pdfmake.setFonts({ [FONT_FAMILY]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold } })
  // The export reads nothing but its two font files, and fetches nothing.
  const allowed = new Set([fonts.regular, fonts.bold])
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
  pdfmake.setProgressCallback(onProgress ? (f: number) => onProgress(0.3 + 0.7 * f) : undefined)
  let buffer: Buffer
  try {
    buffer = await pdfmake.createPdf(built.doc).getBuffer()
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error)
    throw new PdfExportError('render-failed', `生成 PDF 失败：${msg}`)
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
  onProgress?.(1)
  return {
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    fileName: pdfFileName(input.briefing, options.layout),
    pageCount: built.pageCount,
    warnings: built.warnings,
  }
}

/** Writes the bytes to `file`; an unwritable path gives PdfExportError('unwritable') with a Chinese message. */
export async function writePdfFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes)
  } catch (error) {
    throw new PdfExportError('unwritable', unwritableMessage(error, file))
  }
}
