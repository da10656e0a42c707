/**
 * The export queue of the desktop app and the web host: one or two exports at a time in warm worker
 * threads, a few more waiting, and a clear refusal beyond that. Each worker's heap is capped, so one huge
 * deck fails with a message instead of taking the app down.
 */
import { availableParallelism } from 'node:os'
import { WorkerPool } from '../workers/pool'
import type { ExportJobs } from './jobs'

export type ExportQueue = WorkerPool<ExportJobs>

/**
 * The export worker for a program whose entry module is `entryUrl`: the built `export-worker.js` beside
 * a bundle (electron.vite.config.ts and vite.node.config.ts build it there), or this folder's worker.ts
 * when the program runs from its TypeScript sources.
 */
export function exportWorkerFor(entryUrl: string): URL {
  return entryUrl.endsWith('.ts') ? new URL('./worker.ts', import.meta.url) : new URL('./export-worker.js', entryUrl)
}

export const EXPORT_QUEUE_LIMITS = {
  /** Exports that wait for a worker; more are refused as busy. */
  maxWaiting: 6,
  /** How long shutdown waits for a running export before ending it. */
  graceMs: 3000,
  /** Heap of one export worker (a 300-slide deck needs well under half of it). */
  maxHeapMb: 512,
} as const

/** One export at a time on a machine with two cores or fewer, two on a larger one. */
export function exportConcurrency(cores = availableParallelism()): number {
  return cores > 2 ? 2 : 1
}

export function createExportQueue(entry: URL, size = exportConcurrency()): ExportQueue {
  return new WorkerPool<ExportJobs>({
    entry,
    size,
    maxWaiting: EXPORT_QUEUE_LIMITS.maxWaiting,
    resourceLimits: { maxOldGenerationSizeMb: EXPORT_QUEUE_LIMITS.maxHeapMb },
  })
}
