import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LockBusyError, withFileLock } from '../../../../src-main/services/file-lock'

let dir: string
let lock: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-lock-'))
  lock = join(dir, 'locks', 'doc.lock')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** The pid of a process that has exited (and been reaped), so certainly not running. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid!
}

async function plantLock(owner: Record<string, unknown> | string, ageMs = 0): Promise<void> {
  await mkdir(dirname(lock), { recursive: true })
  await writeFile(lock, typeof owner === 'string' ? owner : JSON.stringify(owner))
  if (ageMs) {
    const then = new Date(Date.now() - ageMs)
    await utimes(lock, then, then)
  }
}

describe('withFileLock', () => {
  it('never lets two holders overlap, and removes the lock (and its temp files) after', async () => {
    let active = 0
    let most = 0
    const order: number[] = []
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withFileLock(lock, async () => {
          active++
          most = Math.max(most, active)
          await new Promise((resolve) => setImmediate(resolve))
          order.push(i)
          active--
        }),
      ),
    )
    expect(most).toBe(1)
    expect(order.sort((a, b) => a - b)).toEqual([...Array(12).keys()])
    expect(await readdir(join(dir, 'locks'))).toEqual([])
  })

  it('records who holds it: pid, machine and since when', async () => {
    const seen = await withFileLock(lock, async () => JSON.parse(await readFile(lock, 'utf8')))
    expect(seen).toMatchObject({ pid: process.pid, host: hostname(), since: expect.any(String), token: expect.any(String) })
  })

  it('breaks a lock whose process on this machine is gone (killed mid-save)', async () => {
    await plantLock({ pid: await deadPid(), host: hostname(), since: new Date().toISOString(), token: 'dead' })
    expect(await withFileLock(lock, async () => JSON.parse(await readFile(lock, 'utf8')).pid, { waitMs: 0 })).toBe(process.pid)
  })

  it('breaks a lock from another machine once it has stayed unchanged for the bound, as measured here', async () => {
    const elsewhere = { pid: 1, host: 'another-pc', since: new Date().toISOString(), token: 'remote' }
    await plantLock(elsewhere)
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 20, staleMs: 60_000 })).rejects.toBeInstanceOf(LockBusyError)
    // The bound is far longer than the wait: still held, whatever the file's time says about the other clock.
    await plantLock(elsewhere, 120_000)
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 20, staleMs: 60_000 })).rejects.toBeInstanceOf(LockBusyError)
    // Watched unchanged for longer than the bound: abandoned.
    expect(await withFileLock(lock, async () => 'ran', { waitMs: 10_000, staleMs: 50 })).toBe('ran')
  })

  it('takes a lock whose file time is ten bounds old as left over at first sight', async () => {
    await plantLock({ pid: 1, host: 'another-pc', since: new Date().toISOString(), token: 'ancient' }, 11 * 60_000)
    expect(await withFileLock(lock, async () => 'ran', { waitMs: 0, staleMs: 60_000 })).toBe('ran')
  })

  it('waits for a live holder, then gives up saying who holds it', async () => {
    await plantLock({ pid: process.pid, host: hostname(), since: new Date().toISOString(), token: 'someone-else' })
    const error = await withFileLock(lock, async () => 'ran', { waitMs: 30 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LockBusyError)
    expect((error as LockBusyError).owner).toMatchObject({ pid: process.pid, host: hostname() })
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('someone-else')
  })

  it('treats a lock without a complete record as held, but not for long', async () => {
    await plantLock('')
    await expect(withFileLock(lock, async () => 'ran', { waitMs: 20 })).rejects.toBeInstanceOf(LockBusyError)
    expect(await withFileLock(lock, async () => 'ran', { waitMs: 20_000 })).toBe('ran')
  })

  it('lets exactly one of many contenders break the same abandoned lock', async () => {
    await plantLock({ pid: await deadPid(), host: hostname(), since: new Date().toISOString(), token: 'dead' })
    let active = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(lock, async () => {
          most = Math.max(most, ++active)
          await new Promise((resolve) => setImmediate(resolve))
          active--
        }),
      ),
    )
    expect(most).toBe(1)
  })

  it('leaves alone a lock that is no longer its own when it finishes', async () => {
    await withFileLock(lock, async () => {
      await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), token: 'newer' }))
    })
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('newer')
  })
})
