/**
 * A bounded queue in front of a few long-lived worker threads. Each worker runs one job at a time and
 * stays alive between jobs, so the second export costs what the rendering costs. At most `size` jobs run
 * and at most `maxWaiting` wait; one more is refused at once (PoolBusyError) rather than piling up.
 *
 * A job is cancelled through its AbortSignal (its request closed, its window went): a waiting job leaves
 * the queue; a running one has its worker terminated, and a fresh worker takes the slot. `close()` refuses
 * new jobs, drops the waiting ones, gives the running ones a grace period and then terminates them.
 * Idle workers are unref'd, so they never keep a process alive on their own.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { FromWorker, JobErrorPayload, JobInput, JobKind, JobOutput, JobTable, ToWorker } from './protocol'

export class PoolBusyError extends Error {
  override name = 'PoolBusyError'
}
export class PoolClosedError extends Error {
  override name = 'PoolClosedError'
}
export class JobCancelledError extends Error {
  override name = 'JobCancelledError'
}
/** The worker died under the job: out of memory (its resource limits), or it exited. */
export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError'
  constructor(
    readonly outOfMemory: boolean,
    message: string,
  ) {
    super(message)
  }
}
/** The handler threw: its error's name, code and message, as they crossed the thread boundary. */
export class JobFailedError extends Error {
  readonly code: string | undefined
  constructor(readonly payload: JobErrorPayload) {
    super(payload.message)
    this.name = 'JobFailedError'
    this.code = payload.code
  }
}

export interface WorkerPoolOptions {
  /** The worker's entry: a built `.js` file, or a `.ts` source (loaded through tsx, for tests and development). */
  entry: URL
  /** Jobs that run at once, one worker each. */
  size: number
  /** Jobs that may wait for a worker; one more is refused. */
  maxWaiting: number
  resourceLimits?: ResourceLimits
}

export interface RunOptions {
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
}

interface Job {
  id: number
  kind: string
  input: unknown
  options: RunOptions
  resolve(value: unknown): void
  reject(error: Error): void
  detach(): void
}

interface Slot {
  worker: Worker | null
  job: Job | null
}

export interface PoolStats {
  running: number
  waiting: number
  workers: number
  /** Workers started since the pool was made (a cancelled or crashed job costs one). */
  started: number
}

export class WorkerPool<T extends JobTable> {
  private readonly slots: Slot[]
  private readonly waiting: Job[] = []
  private nextId = 1
  private started = 0
  private closed = false
  /** Called when no job is running any more (close() waits on them). */
  private idleWaiters: (() => void)[] = []

  constructor(private readonly options: WorkerPoolOptions) {
    if (options.size < 1) throw new RangeError('a worker pool needs at least one worker')
    this.slots = Array.from({ length: options.size }, () => ({ worker: null, job: null }))
  }

  get stats(): PoolStats {
    return {
      running: this.slots.filter((s) => s.job).length,
      waiting: this.waiting.length,
      workers: this.slots.filter((s) => s.worker).length,
      started: this.started,
    }
  }

  /** Starts the workers now, so the first job finds them loaded. */
  warm(): void {
    if (this.closed) return
    for (const slot of this.slots) slot.worker ??= this.spawn(slot)
  }

  run<K extends JobKind<T>>(kind: K, input: JobInput<T, K>, options: RunOptions = {}): Promise<JobOutput<T, K>> {
    if (this.closed) return Promise.reject(new PoolClosedError('正在退出，不再接受新的任务。'))
    if (options.signal?.aborted) return Promise.reject(new JobCancelledError('任务已取消。'))
    const idle = this.slots.some((s) => !s.job)
    if (!idle && this.waiting.length >= this.options.maxWaiting) return Promise.reject(new PoolBusyError('后台任务已满。'))
    return new Promise<JobOutput<T, K>>((resolve, reject) => {
      const onAbort = () => this.cancel(job)
      const job: Job = {
        id: this.nextId++,
        kind,
        input,
        options,
        resolve: (v) => resolve(v as JobOutput<T, K>),
        reject,
        detach: () => options.signal?.removeEventListener('abort', onAbort),
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(job)
      this.pump()
    })
  }

  /** Refuses new jobs, drops waiting ones, waits up to `graceMs` for running ones, then terminates every worker. */
  async close(graceMs: number): Promise<void> {
    this.closed = true
    for (const job of this.waiting.splice(0)) this.settle(job, () => job.reject(new PoolClosedError('正在退出，任务已取消。')))
    if (this.stats.running > 0) {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([new Promise<void>((r) => this.idleWaiters.push(r)), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))])
      clearTimeout(timer)
    }
    await Promise.all(
      this.slots.map(async (slot) => {
        const { worker, job } = slot
        slot.worker = null
        slot.job = null
        if (job) this.settle(job, () => job.reject(new PoolClosedError('正在退出，任务已取消。')))
        if (worker) {
          worker.removeAllListeners('exit')
          await worker.terminate()
        }
      }),
    )
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job) continue
      const job = this.waiting.shift()
      if (!job) return
      slot.worker ??= this.spawn(slot)
      slot.job = job
      slot.worker.ref()
      slot.worker.postMessage({ type: 'run', id: job.id, kind: job.kind, input: job.input } satisfies ToWorker)
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = startWorker(this.options.entry, this.options.resourceLimits)
    this.started++
    worker.unref()
    worker.on('message', (m: FromWorker) => {
      const job = slot.job
      if (!job || m.id !== job.id) return
      if (m.type === 'progress') return job.options.onProgress?.(m.fraction)
      this.finish(slot, () => (m.type === 'done' ? job.resolve(m.output) : job.reject(new JobFailedError(m.error))))
    })
    let failure: Error | null = null
    worker.on('error', (error: Error & { code?: string }) => {
      failure = error
    })
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return
      slot.worker = null
      const job = slot.job
      if (job) {
        const oom = (failure as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        const message = oom ? '后台任务所需内存超出限制。' : `后台任务意外退出（${failure?.message ?? `代码 ${code}`}）。`
        this.finish(slot, () => job.reject(new WorkerCrashedError(oom, message)))
      }
    })
    return worker
  }

  /** Settles the slot's job and hands the slot to the next one. */
  private finish(slot: Slot, settle: () => void): void {
    const job = slot.job
    slot.job = null
    slot.worker?.unref()
    if (job) this.settle(job, settle)
    this.pump()
    if (this.stats.running === 0) for (const done of this.idleWaiters.splice(0)) done()
  }

  private settle(job: Job, settle: () => void): void {
    job.detach()
    settle()
  }

  private cancel(job: Job): void {
    const waitingAt = this.waiting.indexOf(job)
    if (waitingAt >= 0) {
      this.waiting.splice(waitingAt, 1)
      this.settle(job, () => job.reject(new JobCancelledError('任务已取消。')))
      return
    }
    const slot = this.slots.find((s) => s.job === job)
    if (!slot) return
    // A render cannot be interrupted from outside: end its worker, and start a fresh one for the next job.
    const worker = slot.worker
    slot.worker = null
    slot.job = null
    this.settle(job, () => job.reject(new JobCancelledError('任务已取消。')))
    void worker?.terminate()
    if (!this.closed) slot.worker = this.spawn(slot)
    this.pump()
  }
}

/** A built `.js` worker starts as is; a `.ts` source registers tsx's ESM loader inside the worker first. */
function startWorker(entry: URL, resourceLimits: ResourceLimits | undefined): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits })
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  const mjs = cjs.replace(/\.cjs$/, '.mjs')
  const tsxApi = pathToFileURL(existsSync(mjs) ? mjs : cjs).href
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true, resourceLimits })
}

/** Whether a worker entry exists on disk. */
export function workerEntryExists(entry: URL): boolean {
  return existsSync(fileURLToPath(entry))
}
