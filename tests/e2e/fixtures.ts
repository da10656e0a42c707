import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { test as base, expect } from '@playwright/test'

export interface WebHostHandle {
  /** The URL `npm run web` printed, token included. */
  url: string
  origin: string
  token: string
  workspace: string
}

/** Starts `npm run web` on a free port with a new temporary workspace, as a newcomer would. */
export async function startHost(workspace: string): Promise<{ host: WebHostHandle; child: ChildProcess }> {
  const child = spawn('npm', ['run', 'web', '--', '--port', '0', '--workspace', workspace], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env },
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`npm run web exited (${code}): ${stderr}`)))
  })
  const url = new URL(firstLine.trim())
  // The URL is printed as soon as the host listens; the workspace is opened (folders, sample, presence)
  // just after, and api calls wait for it. Tests that write into the workspace directly wait for that too.
  const ready = await fetch(new URL('/api/appInfo', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-huibao-token': url.searchParams.get('token') ?? '' }, body: '{}' })
  if (!ready.ok) throw new Error(`npm run web did not open its workspace (${ready.status}): ${stderr}`)
  return {
    child,
    host: { url: url.href, origin: url.origin, token: url.searchParams.get('token') ?? '', workspace },
  }
}

export function stopHost(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

export const test = base.extend<{ host: WebHostHandle }>({
  host: async ({}, use) => {
    const workspace = await mkdtemp(join(tmpdir(), 'huibao-e2e-'))
    const { host, child } = await startHost(workspace)
    await use(host)
    stopHost(child)
    await rm(workspace, { recursive: true, force: true })
  },
})

export { expect }
