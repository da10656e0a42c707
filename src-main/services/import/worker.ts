/**
 * An import off the main thread: a node:worker_threads worker that receives one job (workerData), posts the
 * analysed report or the error, and exits. run-import.ts starts it with a heap limit and a time limit, so a
 * hostile or broken file costs this thread, never the host.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ReportContent } from '../../../src-shared/schemas/report'
import { IMPORT_MESSAGES, ImportError } from './errors'
import { IMPORT_LIMITS, type ImportLimits } from './guards'
import { readJob, type ImportJob } from './read-report'

export interface ImportWorkerRequest {
  job: ImportJob
  limits: ImportLimits
}

export type ImportWorkerMessage = { type: 'done'; content: ReportContent } | { type: 'error'; code: string; message: string }

async function run(port: NonNullable<typeof parentPort>, request: ImportWorkerRequest): Promise<void> {
  let message: ImportWorkerMessage
  try {
    message = { type: 'done', content: await readJob(request.job, request.limits ?? IMPORT_LIMITS) }
  } catch (error) {
    message =
      error instanceof ImportError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'damaged', message: IMPORT_MESSAGES.unreadable }
  }
  port.postMessage(message)
}

if (parentPort && workerData) void run(parentPort, workerData as ImportWorkerRequest)
