import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../../../src-shared/api'

/**
 * Two real web host processes on one workspace, as when the desktop app and `npm run web` (or two
 * colleagues over a network folder) have it open at once. Saves built on the same revision race across
 * both; the per-document lock must let exactly one through each time.
 */

interface Host {
  child: ChildProcess
  origin: string
  token: string
  pid: number
}

let dir: string
let workspace: string
const hosts: Host[] = []

async function startHost(): Promise<Host> {
  const script = join(process.cwd(), 'tests', 'helpers', 'web-host-process.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, workspace, join(dir, 'no-sample'), join(dir, 'static')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<URL>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(new URL(out.split('\n')[0]!))
    })
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)))
  })
  return { child, origin: url.origin, token: url.searchParams.get('token')!, pid: child.pid! }
}

async function call<T>(host: Host, name: string, body: unknown): Promise<ApiResult<T>> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-huibao-token': host.token },
    body: JSON.stringify(body),
  })
  return (await response.json()) as ApiResult<T>
}

async function value<T>(host: Host, name: string, body: unknown): Promise<T> {
  const result = await call<T>(host, name, body)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-two-hosts-'))
  workspace = join(dir, 'ws')
  await mkdir(join(dir, 'no-sample'))
  await mkdir(join(dir, 'static'))
  hosts.push(...(await Promise.all([startHost(), startHost()])))
}, 60_000)

afterAll(async () => {
  await Promise.all(
    hosts.map(
      (h) =>
        new Promise((resolve) => {
          if (h.child.exitCode !== null) return resolve(undefined)
          h.child.once('exit', resolve)
          h.child.kill('SIGTERM')
        }),
    ),
  )
  await rm(dir, { recursive: true, force: true })
})

describe('two web hosts on one workspace', () => {
  it('each sees the other has the workspace open', async () => {
    const [a, b] = hosts as [Host, Host]
    const library = await value<{ openElsewhere: { pid: number; program: string }[] }>(a, 'listLibrary', {})
    expect(library.openElsewhere).toEqual([expect.objectContaining({ pid: b.pid, program: 'web' })])
    const other = await value<{ openElsewhere: { pid: number }[] }>(b, 'listLibrary', {})
    expect(other.openElsewhere.map((o) => o.pid)).toEqual([a.pid])
  })

  it('races 10 saves a round for 20 rounds: exactly one wins each round, every acknowledged save is on disk, backups in order', async () => {
    const [a, b] = hosts as [Host, Host]
    const { id } = await value<{ id: string }>(a, 'createBriefing', { title: '竞速测试' })
    const file = join(workspace, 'briefings', `${id}.json`)
    for (let round = 0; round < 20; round++) {
      const { briefing } = await value<{ briefing: { revision: number; title: string } }>(round % 2 ? b : a, 'getBriefing', { id })
      const base = briefing.revision
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => call<{ revision: number }>(i % 2 ? b : a, 'saveBriefing', { briefing: { ...briefing, title: `第${round}轮-${i}` }, baseRevision: base })),
      )
      const acknowledged = results.flatMap((r, i) => (r.ok ? [i] : []))
      expect(acknowledged, `round ${round}`).toHaveLength(1)
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(Array(9).fill('conflict'))
      const onDisk = JSON.parse(await readFile(file, 'utf8'))
      expect(onDisk).toMatchObject({ revision: base + 1, title: `第${round}轮-${acknowledged[0]}` })
    }
    const backups = (await readdir(join(workspace, '.backup', 'briefings', id))).filter((n) => n.endsWith('.json')).sort()
    expect(backups).toEqual(Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(8, '0')}.json`))
    for (const name of backups) {
      const backup = JSON.parse(await readFile(join(workspace, '.backup', 'briefings', id, name), 'utf8'))
      expect(backup.revision, name).toBe(Number(name.slice(0, 8)))
      if (backup.revision > 1) expect(backup.title).toMatch(new RegExp(`^第${backup.revision - 2}轮-\\d$`))
    }
  }, 180_000)

  it('removes its presence when a host stops', async () => {
    const [a, b] = hosts as [Host, Host]
    await new Promise((resolve) => {
      b.child.once('exit', resolve)
      b.child.kill('SIGTERM')
    })
    expect((await value<{ openElsewhere: unknown[] }>(a, 'listLibrary', {})).openElsewhere).toEqual([])
    expect(await readdir(join(workspace, '.presence'))).toHaveLength(1)
  })
})
