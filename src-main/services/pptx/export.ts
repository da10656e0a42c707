/**
 * PowerPoint export of a briefing (.pptx) with pptxgenjs: every slide drawn from its layout's `boxes()` (the
 * elements the screen and the PDF draw) in the briefing's theme and page shape, as editable text, real
 * bullets, native tables and charts and embedded pictures; speaker notes with the slide's notes and the
 * sources of its figures; hidden slides hidden; the agenda's parts as sections; title, author, subject and
 * the slide titles in the document's properties. Opens in WPS, PowerPoint and LibreOffice.
 *
 * Plain Node (no Electron): the CLI and tests call it directly; the app runs it in the export worker.
 */
import { writeFile } from 'node:fs/promises'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import type { BriefingContent } from '../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../src-shared/schemas/report'
import { TEXT_ROLE_NAMES } from '../../../src-shared/slides/elements'
import { layoutContext, slideElements } from '../../../src-shared/slides/deck'
import { pageSizeOf } from '../../../src-shared/slides/page'
import { themeOf } from '../../../src-shared/slides/themes'
import { unwritableMessage } from '../pdf/errors'
import { planOutline, slideBookmarkText } from '../pdf/outline'
import { checkSlideReferences } from '../pdf/references'
import { cutWarnings, missingImagesWarning, referenceWarning } from '../export-warnings'
import type { LabelFormat } from './charts'
import { drawPptxSlide } from './draw-slide'
import { PptxExportError } from './errors'
import { speakerNotes } from './notes'
import { finishPackage } from './package-edits'
import { hex, inches } from './units'

export interface PptxExportInput {
  briefing: BriefingContent
  /** The reports the briefing draws on: the notes quote them, and missing metrics are marked. */
  reports?: ReportContent[]
  /** The pictures the briefing shows, by asset name (`<sha256>.png`); a missing one is drawn as a placeholder. */
  images?: Readonly<Record<string, Uint8Array>>
}

export interface PptxExportResult {
  bytes: Uint8Array
  fileName: string
  slideCount: number
  warnings: string[]
}

/** Progress 0..1: drawing the slides is the first 60 %, writing and compressing the package the rest. */
export type ProgressListener = (fraction: number) => void

/** “2024年政府工作报告.pptx”, without characters file systems refuse. */
export function pptxFileName(briefing: Pick<BriefingContent, 'title'>): string {
  const title = briefing.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80) || '汇报'
  return `${title}.pptx`
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg' }

function imageData(images: PptxExportInput['images']): Map<string, string> {
  const out = new Map<string, string>()
  for (const [name, bytes] of Object.entries(images ?? {})) {
    const mime = MIME[name.split('.').pop() ?? '']
    if (mime) out.set(name, `${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`)
  }
  return out
}

/**
 * The deck's sections, slide by slide: the agenda's parts (the PDF's bookmarks nest slides under them), and
 * for a run of slides outside any part (the cover and agenda, the closing) a section named by its first
 * slide. All null, one run of slides, when the agenda gives no parts.
 */
export function deckSections(briefing: BriefingContent, reports: readonly ReportContent[]): (string | null)[] {
  const outline = planOutline(briefing, briefing.slides.map((_, i) => i), reports)
  const partNames = new Map(outline.flat().filter((e) => e.id.startsWith('part-')).map((e) => [e.id, e.text]))
  if (partNames.size === 0) return briefing.slides.map(() => null)
  const names: string[] = []
  outline.forEach((entries, i) => {
    const parent = entries.find((e) => e.parentId)?.parentId
    const inPart = (k: number) => outline[k]?.some((e) => e.parentId) ?? false
    if (parent) names.push(partNames.get(parent) ?? slideBookmarkText(briefing.slides[i]!, i))
    else names.push(i > 0 && !inPart(i - 1) ? names[i - 1]! : slideBookmarkText(briefing.slides[i]!, i))
  })
  return names
}

/** Builds the .pptx in memory. Throws PptxExportError with a Chinese message. */
export async function renderBriefingPptx(input: PptxExportInput, onProgress?: ProgressListener): Promise<PptxExportResult> {
  const { briefing } = input
  const reports = input.reports ?? []
  if (briefing.slides.length === 0) throw new PptxExportError('empty', '这份汇报还没有幻灯片，无法导出 PPT。')
  const theme = themeOf(briefing.theme)
  const page = pageSizeOf(briefing.aspect)
  const font = theme.fonts.body.office

  const pptx = new PptxGenJS()
  const layoutName = `HUIBAO_${briefing.aspect.replace(':', 'x')}`
  pptx.defineLayout({ name: layoutName, width: inches(page.width), height: inches(page.height) })
  pptx.layout = layoutName
  pptx.title = briefing.title
  pptx.author = briefing.organization || '汇报 Huibao'
  pptx.company = briefing.organization
  pptx.subject = briefing.meeting || briefing.subtitle || briefing.title
  pptx.revision = '1'

  const images = imageData(input.images)
  const warnings: string[] = []
  const cuts = new Map<number, Set<string>>()
  const missingImages = new Set<string>()
  const chartLabels: LabelFormat[][][][] = []
  const titles: string[] = []
  const sections = deckSections(briefing, reports)
  let openSection: string | null = null

  briefing.slides.forEach((slide, index) => {
    const slideNo = index + 1
    const refs = checkSlideReferences(slide, input.reports, briefing.reportIds)
    const refWarning = referenceWarning(slideNo, slide, refs, 'PPT')
    if (refWarning) warnings.push(refWarning)
    const section = sections[index] ?? null
    if (section !== null && section !== openSection) pptx.addSection({ title: section })
    openSection = section
    const target = pptx.addSlide(section !== null ? { sectionTitle: section } : {})
    if (slide.hidden) target.hidden = true
    const ctx = layoutContext(briefing, index, { missingFigures: refs.missingFigures, missingData: refs.missingData })
    const drawn = drawPptxSlide(target, slideElements(slide, ctx), {
      slide,
      ctx,
      images,
      onCut: (role) => {
        const set = cuts.get(slideNo) ?? new Set<string>()
        set.add(TEXT_ROLE_NAMES[role])
        cuts.set(slideNo, set)
      },
      onMissingImage: (asset) => missingImages.add(`第 ${slideNo} 张（${asset}）`),
    })
    const notes = speakerNotes(slide, reports, briefing.reportIds, drawn.notes)
    if (notes !== '') target.addNotes(notes)
    chartLabels.push(drawn.chartLabels)
    titles.push(drawn.title ?? slideBookmarkText(slide, index))
    onProgress?.((0.6 * slideNo) / briefing.slides.length)
  })

  warnings.push(...cutWarnings(cuts, 'PPT'), ...missingImagesWarning(missingImages, 'PPT'))

  let bytes: Uint8Array
  try {
    // pptxgenjs stores its parts uncompressed; the finished package is compressed once, below.
    const stored = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array
    const zip = await JSZip.loadAsync(stored)
    onProgress?.(0.7)
    await finishPackage(zip, { font, accent: hex(theme.colors.accent), chartLabels, titles, hidden: briefing.slides.filter((s) => s.hidden).length })
    bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }, (meta) => onProgress?.(0.7 + 0.3 * (meta.percent / 100)))
  } catch (error) {
    if (error instanceof PptxExportError) throw error
    const msg = error instanceof Error ? error.message : String(error)
    throw new PptxExportError('render-failed', `生成 PPT 失败：${msg}`)
  }
  onProgress?.(1)
  return { bytes, fileName: pptxFileName(briefing), slideCount: briefing.slides.length, warnings }
}

/** Writes the bytes to `file`; an unwritable path gives PptxExportError('unwritable') with a Chinese message. */
export async function writePptxFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes)
  } catch (error) {
    throw new PptxExportError('unwritable', unwritableMessage(error, file, 'PPT'))
  }
}
