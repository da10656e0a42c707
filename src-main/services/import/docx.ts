/** .docx → text with mammoth, after the zip check (guards.ts) has made sure it inflates to a sane size. */
import mammoth from 'mammoth'
import { checkZip, IMPORT_LIMITS, type ImportLimits } from './guards'
import { IMPORT_MESSAGES, ImportError, KIND_NAMES } from './errors'

export async function docxText(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  await checkZip(bytes, KIND_NAMES.docx, limits)
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const result = await mammoth.extractRawText({ buffer })
    // mammoth separates paragraphs (headings included) with a blank line; keep one line per paragraph.
    return result.value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n')
  } catch {
    throw new ImportError('damaged', IMPORT_MESSAGES.damaged(KIND_NAMES.docx))
  }
}
