import { afterEach, describe, expect, it } from 'vitest'
import { JobCancelledError, JobFailedError, PoolBusyError, PoolClosedError, WorkerCrashedError, WorkerPool } from '../../../../../src-main/services/workers/pool'
import type { TestJobs } from '../../../../fixtures/workers/test-jobs-worker'

const entry = new URL('../../../../fixtures/workers/test-jobs-worker.ts', import.meta.url)
const pools: WorkerPool<TestJobs>[] = []
function pool(size = 1, maxWaiting = 2, maxHeapMb?: number): WorkerPool<TestJobs> {
  const p = new WorkerPool<TestJobs>({ entry, size, maxWaiting, ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}) })
  pools.push(p)
  return p
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close(0)))
})

describe('worker pool', () => {
  it('keeps one warm worker across jobs, with progress and the bytes moved back', async () => {
    const p = pool()
    const progress: number[] = []
    const first = await p.run('echo', { text: '一' }, { onProgress: (f) => progress.push(f) })
    const second = await p.run('echo', { text: '二' })
    expect(first).toMatchObject({ text: '一', served: 1 })
    expect(second).toMatchObject({ text: '二', served: 2, threadId: first.threadId })
    expect([...second.bytes]).toEqual([1, 2, 3])
    expect(progress).toEqual([0.5])
    expect(p.stats).toMatchObject({ started: 1, running: 0, waiting: 0 })
  }, 60_000)

  it('runs at most `size` at once, queues `maxWaiting`, and refuses the rest at once', async () => {
    const p = pool(1, 2)
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => p.run('echo', { text: String(i) })))
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected'])
    for (const r of results.slice(3)) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PoolBusyError)
    expect(p.stats.started).toBe(1)
  }, 60_000)

  it('brings a handler’s error back with its name, code and message', async () => {
    const err = await pool().run('fail', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(JobFailedError)
    expect(err).toMatchObject({ code: 'test-code', message: '出错了（测试）', payload: { name: 'TestJobError' } })
  }, 60_000)

  it('cancels a waiting job without touching the running one', async () => {
    const p = pool(1, 2)
    const running = p.run('hang', {})
    const abort = new AbortController()
    const waiting = p.run('echo', { text: 'x' }, { signal: abort.signal })
    abort.abort()
    await expect(waiting).rejects.toBeInstanceOf(JobCancelledError)
    expect(p.stats).toMatchObject({ running: 1, waiting: 0, started: 1 })
    running.catch(() => {})
  }, 60_000)

  it('cancels a running job by ending its worker; a fresh worker serves the next job', async () => {
    const p = pool(1, 2)
    const abort = new AbortController()
    const hung = p.run('hang', {}, { signal: abort.signal })
    const next = p.run('echo', { text: '下一个' })
    abort.abort()
    await expect(hung).rejects.toBeInstanceOf(JobCancelledError)
    await expect(next).resolves.toMatchObject({ text: '下一个', served: 1 })
    expect(p.stats.started).toBe(2)
  }, 60_000)

  it('refuses a job whose signal is already aborted', async () => {
    const abort = new AbortController()
    abort.abort()
    await expect(pool().run('echo', { text: 'x' }, { signal: abort.signal })).rejects.toBeInstanceOf(JobCancelledError)
  })

  it('survives a worker that exits or runs out of memory, and keeps serving', async () => {
    const p = pool(1, 2, 64)
    const exited = await p.run('exit', {}).catch((e: unknown) => e)
    expect(exited).toBeInstanceOf(WorkerCrashedError)
    expect(exited).toMatchObject({ outOfMemory: false })
    const hog = await p.run('hog', {}).catch((e: unknown) => e)
    expect(hog).toBeInstanceOf(WorkerCrashedError)
    expect(hog).toMatchObject({ outOfMemory: true })
    await expect(p.run('echo', { text: '还在' })).resolves.toMatchObject({ text: '还在' })
  }, 60_000)

  it('on close, drops waiting jobs, ends a running one after the grace period, and refuses new ones', async () => {
    const p = pool(1, 2)
    const running = p.run('hang', {}).catch((e: unknown) => e)
    const waiting = p.run('echo', { text: 'x' }).catch((e: unknown) => e)
    await p.close(50)
    expect(await waiting).toBeInstanceOf(PoolClosedError)
    expect(await running).toBeInstanceOf(PoolClosedError)
    await expect(p.run('echo', { text: 'y' })).rejects.toBeInstanceOf(PoolClosedError)
    expect(p.stats).toMatchObject({ running: 0, waiting: 0, workers: 0 })
  }, 60_000)
})
