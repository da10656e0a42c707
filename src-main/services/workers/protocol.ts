/**
 * What a worker pool (pool.ts) and a job worker (serve-jobs.ts) say to each other. A job table maps each
 * job kind to its handler; the pool's types come from the table's type, so a kind and its input and
 * output are checked at compile time on both sides.
 */

export interface JobContext {
  /** 0..1; the pool forwards at most one message per percent. */
  progress(fraction: number): void
}

// `any` here only to let a table of differently typed handlers extend one constraint.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandler<I = any, O = any> = (input: I, context: JobContext) => Promise<O>
export type JobTable = Record<string, JobHandler>

export type JobKind<T extends JobTable> = keyof T & string
export type JobInput<T extends JobTable, K extends JobKind<T>> = Parameters<T[K]>[0]
export type JobOutput<T extends JobTable, K extends JobKind<T>> = Awaited<ReturnType<T[K]>>

/** An error thrown by a handler, as it crosses the thread boundary: the name and code say which it was. */
export interface JobErrorPayload {
  name: string
  code?: string
  message: string
}

export type ToWorker = { type: 'run'; id: number; kind: string; input: unknown }

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; output: unknown }
  | { type: 'failed'; id: number; error: JobErrorPayload }
