/**
 * PDF → text with pdf.js (pdfjs-dist's legacy build, which runs in Node): the text layer of each page, laid
 * out again as lines and paragraphs by pdf-layout.ts. No OCR: a scanned PDF, with no text layer, is refused
 * with a message that says so rather than imported as an empty report.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { IMPORT_LIMITS, type ImportLimits } from './guards'
import { IMPORT_MESSAGES, ImportError, KIND_NAMES } from './errors'
import { fixPdfCharacters } from './pdf-characters'
import { layoutText, type PdfPageText, type TextRun } from './pdf-layout'

/** Fewer visible characters than this per page, on average, is a scan (or a PDF of pictures). */
const MIN_CHARS_PER_PAGE = 30

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjsModule: Promise<PdfJs> | null = null
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjsModule
}

/** pdf.js reads the Adobe CMaps (needed for PDFs whose Chinese fonts are not embedded) from its package. */
function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
}

interface PdfTextItem {
  str: string
  transform: number[]
  width: number
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform)
}

/** A pdf.js text item → a run. Rotated text (a stamp, a margin note) is left out. */
function runOf(item: PdfTextItem): TextRun | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return null
  const size = Math.abs(d) || Math.abs(a)
  if (size === 0) return null
  return { text: item.str, x: e, y: f, width: item.width, size }
}

function failure(error: unknown): ImportError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return new ImportError('encrypted', IMPORT_MESSAGES.encrypted(KIND_NAMES.pdf))
  return new ImportError('damaged', IMPORT_MESSAGES.damaged(KIND_NAMES.pdf))
}

export async function pdfText(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  const pdfjs = await loadPdfJs()
  const dir = packageDir()
  // pdf.js takes ownership of the array it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  })
  const pages: PdfPageText[] = []
  let chars = 0
  try {
    const doc = await task.promise
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
      const content = await page.getTextContent()
      const runs: TextRun[] = []
      for (const item of content.items) {
        if (!isTextItem(item)) continue
        const run = runOf(item)
        if (!run) continue
        run.text = fixPdfCharacters(run.text)
        run.x -= x0
        run.y -= y0
        chars += run.text.length
        runs.push(run)
      }
      if (chars > limits.textChars) throw new ImportError('too-much-text', IMPORT_MESSAGES.tooMuchText)
      pages.push({ width: x1 - x0, height: y1 - y0, runs })
      page.cleanup()
    }
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw failure(error)
  } finally {
    await task.destroy()
  }
  const text = layoutText(pages)
  const visible = text.replace(/\s/g, '').length
  if (visible < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) throw new ImportError('scanned-pdf', IMPORT_MESSAGES.scannedPdf)
  if (looksGarbled(text)) throw new ImportError('garbled-pdf', IMPORT_MESSAGES.garbledPdf)
  return text
}

/**
 * Text that is mostly private-use code points or replacement characters: fonts embedded without a map back
 * to Unicode (common with some Chinese type foundries' fonts) give glyph numbers, not characters.
 */
export function looksGarbled(text: string): boolean {
  const visible = text.replace(/\s/g, '')
  if (visible.length === 0) return false
  const bad = (visible.match(/[\ue000-\uf8ff\ufffd\u0000-\u001f]/g) ?? []).length
  return bad > 0.3 * visible.length
}
