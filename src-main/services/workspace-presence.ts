import { rmSync } from 'node:fs'
import { mkdir, open, readdir, rm, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenElsewhere, ProgramKind } from '../../src-shared/api'
import { writeFileAtomic } from './atomic-write'
import { currentOwner, isAbandoned, parseOwner } from './process-owner'

/**
 * Who else has the workspace open. Each process that opens it writes `.presence/<host>-<pid>.json`
 * (its pid, machine, program and start time), refreshes the file's time every minute, and removes it on
 * exit. A file whose process is gone (not running on this machine, or not refreshed for five minutes:
 * a crash, a machine switched off) is cleaned up by the next process that looks.
 */

export const PRESENCE_FOLDER = '.presence'
const HEARTBEAT_MS = 60_000
const STALE_MS = 5 * 60_000
const PROGRAMS: readonly ProgramKind[] = ['desktop', 'web']

export interface WorkspacePresence {
  /** The other processes that have this workspace open now, oldest first. */
  others(): Promise<OpenElsewhere[]>
  /** Removes this process's presence file. */
  leave(): Promise<void>
}

export async function joinWorkspace(root: string, program: ProgramKind, options: { isAlive?: (pid: number) => boolean } = {}): Promise<WorkspacePresence> {
  const folder = join(root, PRESENCE_FOLDER)
  const me: OpenElsewhere = { ...currentOwner(), program }
  const file = join(folder, presenceFileName(me))
  const write = () => writeFileAtomic(file, `${JSON.stringify(me)}\n`)
  try {
    await mkdir(folder, { recursive: true })
    await write()
  } catch (error) {
    // A read-only workspace can still be read; others just will not see this process.
    console.warn('[huibao] could not record this process in the workspace:', error)
  }
  const heartbeat = setInterval(() => {
    const now = new Date()
    // Recreated if another process cleaned it up while this one was suspended (a laptop asleep).
    utimes(file, now, now).catch(() => write().catch(() => undefined))
  }, HEARTBEAT_MS)
  heartbeat.unref()
  const removeOnExit = () => rmSync(file, { force: true })
  process.on('exit', removeOnExit)

  return {
    async others() {
      const names = await readdir(folder).catch(() => [] as string[])
      const found: OpenElsewhere[] = []
      for (const name of names) {
        if (!name.endsWith('.json') || join(folder, name) === file) continue
        const record = await readPresence(join(folder, name))
        if (!record) continue
        if (isAbandoned(record.owner, { touchedMs: record.mtimeMs, nowMs: Date.now(), staleMs: STALE_MS, isAlive: options.isAlive })) {
          await rm(join(folder, name), { force: true }).catch(() => undefined)
          continue
        }
        if (record.owner) found.push(record.owner)
      }
      return found.sort((a, b) => a.since.localeCompare(b.since))
    },
    async leave() {
      clearInterval(heartbeat)
      process.off('exit', removeOnExit)
      await rm(file, { force: true }).catch(() => undefined)
    },
  }
}

function presenceFileName(owner: OpenElsewhere): string {
  return `${owner.host.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 64)}-${owner.pid}.json`
}

async function readPresence(path: string): Promise<{ owner: OpenElsewhere | null; mtimeMs: number } | null> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    return null
  }
  try {
    const info = await handle.stat()
    if (!info.isFile() || info.size > 4096) return null
    const owner = parseOwner(await handle.readFile('utf8'))
    const program = owner?.program
    const valid = owner && PROGRAMS.includes(program as ProgramKind)
    return { owner: valid ? { pid: owner.pid, host: owner.host.slice(0, 255), since: owner.since, program: program as ProgramKind } : null, mtimeMs: info.mtimeMs }
  } catch {
    return null
  } finally {
    await handle.close()
  }
}
