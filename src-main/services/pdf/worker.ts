/**
 * The PDF export off the main thread: a node:worker_threads worker. It receives one job
 * (`PdfWorkerRequest` as workerData), posts progress messages, then the result or an error, and exits.
 * One worker per export keeps memory from piling up across exports.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { renderBriefingPdf, type PdfExportInput } from './export'
import { PdfExportError } from './errors'

export type PdfWorkerRequest = PdfExportInput

export type PdfWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array; fileName: string; pageCount: number; warnings: string[] }
  | { type: 'error'; code: string; message: string }

async function run(port: NonNullable<typeof parentPort>, job: PdfWorkerRequest): Promise<void> {
  let last = -1
  try {
    const result = await renderBriefingPdf(job, (fraction) => {
      // At most one message per percent.
      const pct = Math.floor(fraction * 100)
      if (pct === last) return
      last = pct
      port.postMessage({ type: 'progress', fraction } satisfies PdfWorkerMessage)
    })
    const message: PdfWorkerMessage = { type: 'done', ...result }
    port.postMessage(message, [result.bytes.buffer as ArrayBuffer])
  } catch (error) {
    const message: PdfWorkerMessage =
      error instanceof PdfExportError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'render-failed', message: `生成 PDF 失败：${error instanceof Error ? error.message : String(error)}` }
    port.postMessage(message)
  }
}

if (parentPort && workerData) void run(parentPort, workerData as PdfWorkerRequest)
