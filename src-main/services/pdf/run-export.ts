/**
 * A PDF export through the export queue (export-queue/queue.ts), with the export's own errors brought
 * back as PdfExportError. The queue's refusals (busy, cancelled, closing) pass through unchanged.
 */
import type { ExportQueue } from '../export-queue/queue'
import { JobFailedError, WorkerCrashedError, type RunOptions } from '../workers/pool'
import { PdfExportError, type PdfExportErrorCode } from './errors'
import type { PdfExportInput, PdfExportResult } from './export'

const ERROR_CODES: Record<PdfExportErrorCode, true> = {
  'font-missing': true,
  'empty-selection': true,
  'bad-options': true,
  unwritable: true,
  'render-failed': true,
}
const isPdfErrorCode = (code: string | undefined): code is PdfExportErrorCode => code !== undefined && Object.hasOwn(ERROR_CODES, code)

export function asPdfExportError(error: unknown): unknown {
  if (error instanceof JobFailedError) {
    if (error.payload.name === 'PdfExportError' && isPdfErrorCode(error.code)) return new PdfExportError(error.code, error.message)
    return new PdfExportError('render-failed', `生成 PDF 失败：${error.message}`)
  }
  if (error instanceof WorkerCrashedError) {
    return new PdfExportError(
      'render-failed',
      error.outOfMemory ? '这份 PDF 所需内存超出限制，请分几次导出（例如用“页码范围”每次导出一部分）。' : '生成 PDF 的后台线程意外退出，请重试。',
    )
  }
  return error
}

/** Renders in a warm worker; rejects with PdfExportError, or with the queue's PoolBusyError / JobCancelledError / PoolClosedError. */
export async function runPdfExport(queue: ExportQueue, input: PdfExportInput, options: RunOptions = {}): Promise<PdfExportResult> {
  try {
    return await queue.run('pdf', input, options)
  } catch (error) {
    throw asPdfExportError(error)
  }
}
