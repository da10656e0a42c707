/**
 * A PowerPoint export through the export queue, with the export's own errors brought back as
 * PptxExportError. The queue's refusals (busy, cancelled, closing) pass through unchanged.
 */
import type { ExportQueue } from '../export-queue/queue'
import { JobFailedError, WorkerCrashedError, type RunOptions } from '../workers/pool'
import { PptxExportError, type PptxExportErrorCode } from './errors'
import type { PptxExportInput, PptxExportResult } from './export'

const ERROR_CODES: Record<PptxExportErrorCode, true> = { empty: true, unwritable: true, 'render-failed': true }
const isPptxErrorCode = (code: string | undefined): code is PptxExportErrorCode => code !== undefined && Object.hasOwn(ERROR_CODES, code)

export function asPptxExportError(error: unknown): unknown {
  if (error instanceof JobFailedError) {
    if (error.payload.name === 'PptxExportError' && isPptxErrorCode(error.code)) return new PptxExportError(error.code, error.message)
    return new PptxExportError('render-failed', `生成 PPT 失败：${error.message}`)
  }
  if (error instanceof WorkerCrashedError) {
    return new PptxExportError('render-failed', error.outOfMemory ? '这份 PPT 所需内存超出限制，请把汇报拆成几份再导出。' : '生成 PPT 的后台线程意外退出，请重试。')
  }
  return error
}

/** Builds the .pptx in a warm worker; rejects with PptxExportError, or with the queue's refusals. */
export async function runPptxExport(queue: ExportQueue, input: PptxExportInput, options: RunOptions = {}): Promise<PptxExportResult> {
  try {
    return await queue.run('pptx', input, options)
  } catch (error) {
    throw asPptxExportError(error)
  }
}
