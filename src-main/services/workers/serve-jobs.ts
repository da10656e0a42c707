/**
 * The worker side of a pool: answers `run` messages with the handler of the job's kind, one job at a
 * time, and stays alive between jobs so what the handlers loaded (pdfmake, fonts, ECharts) stays warm.
 */
import type { MessagePort } from 'node:worker_threads'
import type { FromWorker, JobTable, ToWorker } from './protocol'

/** Buffers of the typed arrays at the top level of an output: moved to the pool thread, not copied. */
function transferables(output: unknown): ArrayBuffer[] {
  if (typeof output !== 'object' || output === null) return []
  const buffers = new Set<ArrayBuffer>()
  for (const value of Object.values(output)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength) buffers.add(value.buffer)
  }
  return [...buffers]
}

export interface ServeOptions {
  /** Runs once before the first job (e.g. a tiny render, so the first real one finds the code compiled and the fonts parsed). */
  warmUp?: () => Promise<unknown>
}

export function serveJobs(port: MessagePort, table: JobTable, { warmUp }: ServeOptions = {}): void {
  // Jobs run one after another, after the warm-up; a failed warm-up only means a colder first job.
  let queue = warmUp ? warmUp().then(() => undefined, () => undefined) : Promise.resolve()
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'run') return
    queue = queue.then(() => runOne(port, table, message))
  })
}

async function runOne(port: MessagePort, table: JobTable, { id, kind, input }: ToWorker): Promise<void> {
  const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer)
  const handler = table[kind]
  if (!handler) return post({ type: 'failed', id, error: { name: 'Error', message: `未知的后台任务：${kind}` } })
  let last = -1
  const progress = (fraction: number) => {
    const pct = Math.floor(fraction * 100)
    if (pct === last) return
    last = pct
    post({ type: 'progress', id, fraction })
  }
  try {
    const output: unknown = await handler(input, { progress })
    post({ type: 'done', id, output }, transferables(output))
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    const code = (e as { code?: unknown }).code
    post({ type: 'failed', id, error: { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) } })
  }
}
