/**
 * Runs a PDF export in a worker thread (worker.ts), so the Electron main process stays responsive.
 *
 * From TypeScript sources (development, tests, `npm run web`) the worker loads worker.ts through tsx's
 * loader. A bundled app loads `pdf-worker.js` next to the bundle: electron-vite needs the entry
 * `'pdf-worker': 'src-main/services/pdf/worker.ts'` in `main.build.rollupOptions.input`. When neither file
 * is there, the export runs in this thread rather than not at all.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { PdfExportError, type PdfExportErrorCode } from './errors'
import { renderBriefingPdf, type PdfExportInput, type PdfExportResult, type ProgressListener } from './export'
import type { PdfWorkerMessage } from './worker'

type WorkerSpec = { kind: 'ts'; url: URL } | { kind: 'js'; url: URL } | { kind: 'none' }

export function pdfWorkerSpec(moduleUrl: string = import.meta.url): WorkerSpec {
  const ts = new URL('./worker.ts', moduleUrl)
  if (moduleUrl.endsWith('.ts') && existsSync(fileURLToPath(ts))) return { kind: 'ts', url: ts }
  const js = new URL('./pdf-worker.js', moduleUrl)
  if (existsSync(fileURLToPath(js))) return { kind: 'js', url: js }
  return { kind: 'none' }
}

function startWorker(spec: Exclude<WorkerSpec, { kind: 'none' }>, input: PdfExportInput): Worker {
  if (spec.kind === 'js') return new Worker(spec.url, { workerData: input })
  // A TypeScript worker: register tsx's ESM loader inside the worker, then import the module.
  // `require.resolve` gives the CommonJS build of tsx's api; the ESM build sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  const mjs = cjs.replace(/\.cjs$/, '.mjs')
  const tsxApi = pathToFileURL(existsSync(mjs) ? mjs : cjs).href
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(spec.url.href)}) })`
  return new Worker(boot, { eval: true, workerData: input })
}

const ERROR_CODES: readonly PdfExportErrorCode[] = ['font-missing', 'empty-selection', 'bad-options', 'unwritable', 'render-failed']

/** The export, in a worker thread when one can be started. Rejects with PdfExportError. */
export function runPdfExport(input: PdfExportInput, onProgress?: ProgressListener, spec: WorkerSpec = pdfWorkerSpec()): Promise<PdfExportResult> {
  if (spec.kind === 'none') return renderBriefingPdf(input, onProgress)
  return new Promise((resolve, reject) => {
    const worker = startWorker(spec, input)
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.on('message', (m: PdfWorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.fraction)
      else if (m.type === 'done') settle(() => resolve({ bytes: m.bytes, fileName: m.fileName, pageCount: m.pageCount, warnings: m.warnings }))
      else {
        const code = (ERROR_CODES as readonly string[]).includes(m.code) ? (m.code as PdfExportErrorCode) : 'render-failed'
        settle(() => reject(new PdfExportError(code, m.message)))
      }
    })
    worker.on('error', (error) => settle(() => reject(new PdfExportError('render-failed', `生成 PDF 失败：${error.message}`))))
    worker.on('exit', (code) => settle(() => reject(new PdfExportError('render-failed', `生成 PDF 的后台线程意外退出（代码 ${code}）。`))))
  })
}
