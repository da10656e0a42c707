/**
 * The files a report can be imported from: extension → format. The importer reads it to choose a reader,
 * and the renderer builds the file dialog's `accept` list from it (Electron turns that list into the
 * native dialog's filter), so the two never disagree.
 */
import type { ReportSource } from './schemas/report'

export type FileFormat = Exclude<ReportSource['format'], 'paste'>

export const IMPORT_FILE_TYPES = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
} as const satisfies Record<string, FileFormat>

/** For `<input type="file" accept>`. */
export const IMPORT_ACCEPT = Object.keys(IMPORT_FILE_TYPES).join(',')

/** “.PDF” → “.pdf”; “” when the name has no extension. */
export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

/** The format its name says, or null for a name the importer does not read. A name without extension is text. */
export function formatOfName(fileName: string): FileFormat | null {
  const ext = extensionOf(fileName)
  if (ext === '') return 'txt'
  return Object.prototype.hasOwnProperty.call(IMPORT_FILE_TYPES, ext) ? IMPORT_FILE_TYPES[ext as keyof typeof IMPORT_FILE_TYPES] : null
}
