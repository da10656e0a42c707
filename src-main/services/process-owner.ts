import { hostname } from 'node:os'

/**
 * Who holds something on disk (a document lock, a presence file): the process id, the machine, and when
 * it started holding it. Written as JSON so a person can read it, too.
 */
export interface ProcessOwner {
  pid: number
  host: string
  since: string
}

export function currentOwner(now: Date = new Date()): ProcessOwner {
  return { pid: process.pid, host: hostname(), since: now.toISOString() }
}

/** The owner recorded in `text`, or null when it is not (yet) a complete record. */
export function parseOwner(text: string): (ProcessOwner & Record<string, unknown>) | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  if (typeof r.pid !== 'number' || !Number.isInteger(r.pid) || typeof r.host !== 'string' || typeof r.since !== 'string') return null
  return r as ProcessOwner & Record<string, unknown>
}

/** False only when the process certainly does not exist on this machine. */
export function isProcessAlive(pid: number): boolean {
  if (pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True when `owner` ran on this machine and no longer runs. Says nothing of other machines. */
export function isGoneFromThisMachine(owner: ProcessOwner | null, isAlive: (pid: number) => boolean = isProcessAlive): boolean {
  return owner !== null && owner.host === hostname() && !isAlive(owner.pid)
}

export interface AbandonedCheck {
  /** When the record was last written or refreshed (file mtime), in ms. */
  touchedMs: number
  nowMs: number
  /** Older than this, a record is abandoned whoever wrote it (another machine, a reused pid, a hung process). */
  staleMs: number
  isAlive?: (pid: number) => boolean
}

/**
 * True when whoever wrote the record is gone: a process on this machine that no longer runs, or a record
 * not refreshed for `staleMs`. A record still being written (owner null) is abandoned only by age.
 */
export function isAbandoned(owner: ProcessOwner | null, check: AbandonedCheck): boolean {
  return check.nowMs - check.touchedMs > check.staleMs || isGoneFromThisMachine(owner, check.isAlive)
}
