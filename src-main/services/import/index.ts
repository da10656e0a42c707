/**
 * Importing a report: what the api handlers, the CLI and the first-run sample use. Each import runs in a
 * worker thread (run-import.ts) with the guards of guards.ts; each failure is an ImportError whose message is
 * one Chinese sentence.
 */
import type { ReportContent } from '../../../src-shared/schemas/report'
import { runImport, type RunImportOptions } from './run-import'

export { IMPORT_MESSAGES, ImportError, type ImportErrorCode } from './errors'
export { IMPORT_LIMITS } from './guards'
export { decodeBase64 } from './base64'

/** Import a report file (.txt, .md, .docx, .doc, .pdf, .html/.htm, .mhtml/.mht). Rejects with ImportError. */
export function importReportFile(bytes: Uint8Array, fileName: string, options?: RunImportOptions): Promise<ReportContent> {
  return runImport({ kind: 'file', bytes, fileName }, options)
}

/** Import pasted text. Rejects with ImportError. */
export function importReportText(text: string, title?: string, options?: RunImportOptions): Promise<ReportContent> {
  return runImport({ kind: 'text', text, ...(title !== undefined ? { title } : {}) }, options)
}
