/**
 * Options of a PDF export (handouts, slides, notes pages) and the arithmetic the export dialog needs:
 * which slides go in, how many per page, how many pages. Pure, so the dialog can show a live page count
 * without asking the main process, and the `pdfPageCount` api entry gives the same number cheaply.
 */
import { z } from 'zod'

export const PDF_LAYOUTS = ['1', '2', '3', '4', '6', 'notes'] as const
export const PdfLayoutSchema = z.enum(PDF_LAYOUTS)
export type PdfLayout = z.infer<typeof PdfLayoutSchema>

/** A4 either way, or `slide`: pages of the slide's own shape, as PowerPoint's 另存为 PDF gives (slides only). */
export const PDF_PAPERS = ['A4', 'A4-landscape', 'slide'] as const
export const PdfPaperSchema = z.enum(PDF_PAPERS)
export type PdfPaper = z.infer<typeof PdfPaperSchema>

/** “1-5”, “3”, “1-3,7,9-12”: slide numbers as the editor shows them (1-based, hidden slides counted). */
export const SLIDE_RANGE_PATTERN = /^\s*\d+\s*(?:-\s*\d+\s*)?(?:[,，]\s*\d+\s*(?:-\s*\d+\s*)?)*$/

export const PdfOptionsSchema = z
  .object({
  /** 1 slide per page, 2/3/4/6-up handouts, or notes pages. */
  layout: PdfLayoutSchema.default('2'),
  /** Default: A4 landscape for one slide per page, A4 portrait otherwise. */
  paper: PdfPaperSchema.optional(),
  /** Slide numbers to export; empty or absent: all. */
  range: z.string().max(200).regex(SLIDE_RANGE_PATTERN, '页码范围的格式应为 1-5 或 1,3,5-7').optional(),
  includeHidden: z.boolean().default(false),
  /** Running header, normally the meeting's name; default the briefing's meeting. Empty string: none. */
  header: z.string().max(200).optional(),
  /** The date in the footer; default the briefing's date, else today. */
  date: z.string().max(100).optional(),
  /** Marking top right, e.g. “内部资料 注意保存”; default the briefing's classification. Empty string: none. */
  marking: z.string().max(100).optional(),
  /** A diagonal watermark across every page; none by default. */
  watermark: z.string().max(40).optional(),
  /** Document metadata; defaults from the briefing (organization, meeting/subtitle). */
  author: z.string().max(200).optional(),
  subject: z.string().max(200).optional(),
  })
  .refine((o) => o.paper !== 'slide' || o.layout === '1', { message: '幻灯片尺寸的纸张只用于“每页 1 张”', path: ['paper'] })
export type PdfOptions = z.infer<typeof PdfOptionsSchema>
export type PdfOptionsInput = z.input<typeof PdfOptionsSchema>

export function paperOf(options: Pick<PdfOptions, 'layout' | 'paper'>): PdfPaper {
  return options.paper ?? (options.layout === '1' ? 'A4-landscape' : 'A4')
}

export function slidesPerPage(layout: PdfLayout): number {
  return layout === 'notes' ? 1 : Number(layout)
}

/** Slide numbers (1-based) named by a range string, within 1..count; null when the range is empty (all). */
export function parseSlideRange(range: string | undefined, count: number): Set<number> | null {
  if (range === undefined || range.trim() === '') return null
  if (!SLIDE_RANGE_PATTERN.test(range)) throw new RangeError(`页码范围“${range}”的格式不对，应为 1-5 或 1,3,5-7。`)
  const picked = new Set<number>()
  for (const part of range.split(/[,，]/)) {
    const [a, b] = part.split('-').map((s) => Number.parseInt(s.trim(), 10))
    if (a === undefined || Number.isNaN(a)) continue
    const from = Math.min(a, b ?? a)
    const to = Math.min(Math.max(a, b ?? a), count)
    for (let n = Math.max(1, from); n <= to; n++) picked.add(n)
  }
  return picked
}

/** The indexes (0-based, in deck order) of the slides an export includes. */
export function selectSlideIndexes(slides: readonly { hidden: boolean }[], options: Pick<PdfOptions, 'range' | 'includeHidden'>): number[] {
  const range = parseSlideRange(options.range, slides.length)
  const out: number[] = []
  slides.forEach((s, i) => {
    if (range && !range.has(i + 1)) return
    if (s.hidden && !options.includeHidden) return
    out.push(i)
  })
  return out
}

/** Pages of an export: computed from the options, nothing rendered. 0 when no slide is selected (nothing to export). */
export function pdfPageCountFor(slides: readonly { hidden: boolean }[], options: Pick<PdfOptions, 'range' | 'includeHidden' | 'layout'>): number {
  const n = selectSlideIndexes(slides, options).length
  return Math.ceil(n / slidesPerPage(options.layout))
}
