/**
 * Runs an import in a worker thread with a heap limit, a limit on how much the process may grow, and a time
 * limit: a file that would inflate to gigabytes, loop, or crash the parser fails with one Chinese sentence
 * while the host goes on serving.
 * One worker per import, ended when it answers (imports are rare; no pool).
 *
 * From TypeScript sources the worker is worker.ts (through tsx); a bundled app loads `import-worker.js`
 * beside the bundle (electron.vite.config.ts has the entry). Where neither exists the import runs in this
 * thread, with the same guards but without the limits.
 */
import type { ReportContent } from '../../../src-shared/schemas/report'
import { startWorker, workerSource, type WorkerSource } from '../worker-thread'
import { IMPORT_MESSAGES, ImportError, isImportErrorCode, type ImportErrorCode } from './errors'
import { IMPORT_LIMITS, type ImportLimits } from './guards'
import { readJob, type ImportJob } from './read-report'
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker'

export function importWorkerSource(moduleUrl: string = import.meta.url): WorkerSource {
  return workerSource(moduleUrl, './worker.ts', './import-worker.js')
}

export interface RunImportOptions {
  limits?: ImportLimits
  source?: WorkerSource
}

/** The import, in a worker when one can be started. Rejects with ImportError. */
export function runImport(job: ImportJob, options: RunImportOptions = {}): Promise<ReportContent> {
  const limits = options.limits ?? IMPORT_LIMITS
  const source = options.source ?? importWorkerSource()
  if (source.kind === 'none') return readJob(job, limits)
  return new Promise((resolve, reject) => {
    const request: ImportWorkerRequest = { job, limits }
    const worker = startWorker(source, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
      // Whatever a library prints goes to stderr: the CLI's stdout carries JSON only.
      stdout: true,
    })
    worker.stdout.pipe(process.stderr, { end: false })
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearInterval(watchdog)
      fn()
      void worker.terminate()
    }
    const fail = (code: ImportErrorCode, message: string) => settle(() => reject(new ImportError(code, message)))
    const timer = setTimeout(() => fail('timeout', IMPORT_MESSAGES.timeout), limits.workerTimeMs)
    // The heap limit does not cover array buffers (a PDF's inflated streams, a zip's entries): watch the
    // whole process instead, and stop the worker when it has grown by more than the limit.
    const rssLimit = process.memoryUsage.rss() + limits.workerGrowthMb * 1024 * 1024
    const watchdog = setInterval(() => {
      if (process.memoryUsage.rss() > rssLimit) fail('out-of-memory', IMPORT_MESSAGES.outOfMemory)
    }, 50)
    worker.on('message', (m: ImportWorkerMessage) => {
      if (m.type === 'done') settle(() => resolve(m.content))
      else fail(isImportErrorCode(m.code) ? m.code : 'damaged', m.message)
    })
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('out-of-memory', IMPORT_MESSAGES.outOfMemory)
      else fail('damaged', IMPORT_MESSAGES.unreadable)
    })
    worker.on('exit', () => fail('damaged', IMPORT_MESSAGES.unreadable))
  })
}
