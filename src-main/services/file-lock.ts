import { link, mkdir, open, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { currentOwner, isGoneFromThisMachine, parseOwner, type ProcessOwner } from './process-owner'
import { errnoOf } from './storage-errors'

/**
 * A lock shared by every process that opens the workspace — the desktop app, browser mode, a second
 * copy on a colleague's machine over a network folder. It is a file that exactly one process can create,
 * and it holds its owner's pid, machine and start time, plus a random token that tells the owner's own
 * lock from a newer one. The record is written to a temp file first and hard-linked to the lock's name
 * (link fails if the name exists, like O_EXCL), so a process killed at any instant never leaves a lock
 * without its owner. Where hard links do not exist (FAT32 USB drives, some network shares) the lock is
 * created with O_EXCL and written after; one left empty by a crash is then abandoned after a few seconds.
 *
 * A lock whose owner is gone is broken safely: a process on this machine that no longer runs (killed
 * mid-save), or a lock this process has watched stay unchanged for `staleMs` (a hung process, a machine
 * switched off mid-save). Age is measured by this machine's own clock while it waits, not by comparing the
 * file's time with the clock, because two office PCs sharing a network folder rarely agree on the time;
 * only a lock whose file time is ten bounds old is taken as left over at first sight. The breaker works
 * under a second guard file, reads the lock again and removes it only if it is still the very record it
 * judged abandoned, so two breakers never remove a lock that a third process has just taken.
 *
 * (proper-lockfile, the usual npm choice, detects staleness by mtime alone, which a busy machine can
 * fake, and records no owner to show; it has not been released since 2021.)
 */

export interface FileLockOptions {
  /** How long to wait for a live holder before giving up with LockBusyError. */
  waitMs?: number
  /** A lock older than this is abandoned, whoever holds it. No save takes nearly this long. */
  staleMs?: number
  isAlive?: (pid: number) => boolean
}

export class LockBusyError extends Error {
  constructor(
    readonly path: string,
    readonly owner: ProcessOwner | null,
  ) {
    super(`${path} is locked by ${owner ? `${owner.host}, pid ${owner.pid}` : 'another process'}`)
    this.name = 'LockBusyError'
  }
}

export const LOCK_DEFAULTS = { waitMs: 20_000, staleMs: 60_000 } as const
/** The guard is held for two file operations; one this old was left by a crash. */
const GUARD_STALE_MS = 10_000
/** A lock without a complete record (O_EXCL fallback, killed between create and write). */
const INCOMPLETE_STALE_MS = 5_000
// Linux on FAT: EPERM; SMB: EOPNOTSUPP; Windows on FAT/exFAT: ERROR_INVALID_FUNCTION, which libuv reports as EISDIR.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EISDIR'])

interface LockRecord {
  owner: (ProcessOwner & { token?: unknown }) | null
  ino: number
  mtimeMs: number
}

/** When this process first saw the record each lock path holds, by its own monotonic clock. */
const firstSeen = new Map<string, { record: string; at: number }>()

function recordId(record: LockRecord): string {
  return typeof record.owner?.token === 'string' ? record.owner.token : `${record.ino}:${record.mtimeMs}`
}

/** How long this process has seen `path` hold this very record. */
function heldUnchangedMs(path: string, record: LockRecord): number {
  const id = recordId(record)
  const seen = firstSeen.get(path)
  if (seen?.record === id) return performance.now() - seen.at
  firstSeen.set(path, { record: id, at: performance.now() })
  return 0
}

function isAbandonedLock(path: string, record: LockRecord, staleMs: number, isAlive: ((pid: number) => boolean) | undefined): boolean {
  const limit = record.owner ? staleMs : Math.min(staleMs, INCOMPLETE_STALE_MS)
  return isGoneFromThisMachine(record.owner, isAlive) || heldUnchangedMs(path, record) >= limit || Date.now() - record.mtimeMs > 10 * staleMs
}

/** Runs `task` while holding the lock file at `path` (created, with its folder, as needed). */
export async function withFileLock<T>(path: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const token = await acquire(path, options)
  try {
    return await task()
  } finally {
    await release(path, token)
  }
}

async function acquire(path: string, options: FileLockOptions): Promise<string> {
  const deadline = Date.now() + (options.waitMs ?? LOCK_DEFAULTS.waitMs)
  const staleMs = options.staleMs ?? LOCK_DEFAULTS.staleMs
  await mkdir(dirname(path), { recursive: true })
  let pause = 2
  for (;;) {
    const token = await tryCreate(path)
    if (token) {
      firstSeen.delete(path)
      return token
    }
    const held = await readRecord(path)
    if (held && isAbandonedLock(path, held, staleMs, options.isAlive)) {
      await breakAbandoned(path, held, options)
      continue
    }
    if (Date.now() >= deadline) throw new LockBusyError(path, held?.owner ?? null)
    if (held) {
      // Random back-off, so processes that collide once do not collide again in step.
      await sleep(pause * (0.5 + Math.random()))
      pause = Math.min(pause * 2, 100)
    }
  }
}

/** Creates the lock file with its record; the new token, or null when the lock exists already. */
async function tryCreate(path: string): Promise<string | null> {
  const token = randomBytes(8).toString('hex')
  const record = JSON.stringify({ ...currentOwner(), token })
  const temp = `${path}.${token}.tmp`
  let linked: boolean | 'unsupported'
  try {
    await writeFile(temp, record, { flag: 'wx' })
    linked = await link(temp, path).then(
      () => true,
      (error: unknown) => {
        if (errnoOf(error) === 'EEXIST') return false
        if (NO_HARD_LINKS.has(errnoOf(error) ?? '')) return 'unsupported' as const
        throw error
      },
    )
  } finally {
    await rm(temp, { force: true })
  }
  if (linked === 'unsupported') return createInPlace(path, token, record)
  return linked ? token : null
}

/** O_EXCL create, then write: for file systems without hard links. */
async function createInPlace(path: string, token: string, record: string): Promise<string | null> {
  let handle
  try {
    handle = await open(path, 'wx')
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return null
    throw error
  }
  try {
    await handle.writeFile(record)
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(path, { force: true })
    throw error
  }
  return token
}

/** The lock as it is now, read through one handle so the record and its identity match; null if absent. */
async function readRecord(path: string): Promise<LockRecord | null> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const info = await handle.stat()
    const text = await handle.readFile('utf8')
    return { owner: parseOwner(text), ino: info.ino, mtimeMs: info.mtimeMs }
  } finally {
    await handle.close()
  }
}

function sameRecord(a: LockRecord, b: LockRecord): boolean {
  if (a.owner && b.owner) return a.owner.token === b.owner.token
  return a.owner === null && b.owner === null && a.ino === b.ino && a.mtimeMs === b.mtimeMs
}

async function breakAbandoned(path: string, judged: LockRecord, options: FileLockOptions): Promise<void> {
  const guard = `${path}.break`
  const token = await tryCreate(guard)
  if (!token) {
    // Another process is breaking it right now, or crashed while doing so (then its guard is abandoned).
    const held = await readRecord(guard)
    if (held && isAbandonedLock(guard, held, GUARD_STALE_MS, options.isAlive)) await rm(guard, { force: true })
    else await sleep(5)
    return
  }
  try {
    const now = await readRecord(path)
    if (now && sameRecord(now, judged)) await rm(path, { force: true })
  } finally {
    await release(guard, token)
  }
}

/**
 * Removes the lock if it is still ours (it is not only if it was broken as abandoned meanwhile). Never
 * throws: the task's outcome stands, and a lock that could not be removed is broken later as abandoned.
 */
async function release(path: string, token: string): Promise<void> {
  try {
    const held = await readRecord(path)
    if (held?.owner?.token === token) await rm(path, { force: true })
  } catch (error) {
    console.warn(`[huibao] could not release the lock ${path}:`, error)
  }
}
