/**
 * How the benches time things, in one place: warm up first, interleave the cases (a, b, c, a, b, c, …) so
 * the machine's load falls on all of them alike, and report medians and ratios of medians.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  if (s.length === 0) return Number.NaN
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * One measurement: wall time, and where it can be had, CPU time (user + system) of the work measured. CPU
 * time is much less sensitive than wall time to a machine busy with other work; the benches print both.
 */
export interface Timing {
  wall: number
  cpu: number
}

export type Cases = Record<string, () => Promise<Timing>>

export interface Samples {
  wall: Record<string, number[]>
  cpu: Record<string, number[]>
}

/**
 * Runs every case `warmup` times untimed, then `rounds` rounds of all cases in turn (the order rotating
 * each round). Returns the wall and CPU samples per case.
 */
export async function interleaved(cases: Cases, rounds: number, warmup = 1): Promise<Samples> {
  const names = Object.keys(cases)
  for (let w = 0; w < warmup; w++) for (const n of names) await cases[n]!()
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(k + r) % names.length]!
      const t = await cases[n]!()
      wall[n]!.push(t.wall)
      cpu[n]!.push(t.cpu)
    }
  }
  return { wall, cpu }
}

/** Wall time of `run`, and the CPU time this process spent meanwhile (all its threads). */
export async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  await run()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1000 }
}

/** CPU time (user + system) another process has used so far, in ms (Linux /proc; NaN elsewhere). */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    const ticks = Number(fields[11]) + Number(fields[12]) // utime, stime: fields 14 and 15 of stat(5)
    return (ticks * 1000) / 100 // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN
  }
}

/** Wall time of `run`, and the CPU time process `pid` (e.g. the web host, its worker threads included) spent meanwhile. */
export async function timedIn(pid: number, run: () => Promise<unknown>): Promise<Timing> {
  const c0 = processCpuMs(pid)
  const t0 = performance.now()
  await run()
  return { wall: performance.now() - t0, cpu: processCpuMs(pid) - c0 }
}

export interface ProcessTiming {
  /** Spawn → the first byte on stdout. */
  firstOutput: number
  /** Spawn → exit. */
  exit: number
  /**
   * CPU time (user + system) of the process and all it waited for, in ms, when GNU time is installed
   * (/usr/bin/time); NaN otherwise. Less sensitive than wall time to a machine busy with other work.
   */
  cpu: number
  code: number | null
  stdout: string
  stderr: string
}

const GNU_TIME = '/usr/bin/time'
const CPU_MARK = '__huibao_cpu__'

/** Runs a whole process and times it from spawn to its first output and to its exit, with its CPU time. */
export function timeProcess(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessTiming> {
  const withTime = existsSync(GNU_TIME)
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    let firstOutput = Number.NaN
    let stdout = ''
    let stderr = ''
    const [file, argv] = withTime ? [GNU_TIME, ['-f', `${CPU_MARK} %U %S`, cmd, ...args]] : [cmd, args]
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => {
      if (Number.isNaN(firstOutput)) firstOutput = performance.now() - t0
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const exit = performance.now() - t0
      const mark = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)\\n?$`).exec(stderr)
      const cpu = mark ? (Number(mark[1]) + Number(mark[2])) * 1000 : Number.NaN
      if (mark) stderr = stderr.slice(0, mark.index)
      resolve({ firstOutput, exit, cpu, code, stdout, stderr })
    })
  })
}

export const ms = (n: number) => `${n.toFixed(0)} ms`
export const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

/** “median 123 ms (n=7, 110–160)”. */
export function describe(samples: readonly number[], unit: (n: number) => string = ms): string {
  return `median ${unit(median(samples))} (n=${samples.length}, ${unit(Math.min(...samples))}–${unit(Math.max(...samples))})`
}

/** “wall median 123 ms (n=7, 110 ms–160 ms); CPU median 98 ms” for one case. */
export function describeCase(s: Samples, name: string, unit: (n: number) => string = ms): string {
  const cpu = s.cpu[name] ?? []
  return `wall ${describe(s.wall[name]!, unit)}${cpu.length && !cpu.some(Number.isNaN) ? `; CPU median ${unit(median(cpu))}` : ''}`
}

export interface StartedHost {
  child: ChildProcess
  url: URL
  token: string
  /** Spawn → the URL printed. */
  urlMs: number
  /** performance.now() at spawn, to time later events from it. */
  spawnedAt: number
  call<T>(name: string, body: unknown): Promise<T>
  stop(): void
}

/** Starts the web host (`command`, e.g. `npm run web` or `node bin/huibao-web.mjs`) on a free port and a workspace. */
export async function startWebHost(command: string[], workspace: string, cwd = process.cwd()): Promise<StartedHost> {
  const spawnedAt = performance.now()
  const child = spawn(command[0]!, [...command.slice(1), '--port', '0', '--workspace', workspace], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)))
  })
  const urlMs = performance.now() - spawnedAt
  const url = new URL(line.trim())
  const token = url.searchParams.get('token') ?? ''
  return {
    child,
    url,
    token,
    urlMs,
    spawnedAt,
    async call<T>(name: string, body: unknown): Promise<T> {
      // A connection per call: a reused keep-alive socket that the host closes while idle would fail the next POST.
      const text = await new Promise<string>((resolve, reject) => {
        const req = request(
          { host: url.hostname, port: url.port, path: `/api/${name}`, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'x-huibao-token': token } },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
            res.on('error', reject)
          },
        )
        req.on('error', reject)
        req.end(JSON.stringify(body))
      })
      const json = JSON.parse(text) as { ok: boolean; value: T; error?: { code: string; message: string } }
      if (!json.ok) throw Object.assign(new Error(`${name}: ${json.error?.message}`), { code: json.error?.code })
      return json.value
    },
    stop() {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}

/** Peak resident memory of a process since it started (Linux: VmHWM), in bytes; NaN elsewhere. */
export function peakRss(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) * 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

/** “before → after (ratio)”. */
export function beforeAfter(before: number, after: number, unit: (n: number) => string = ms): string {
  return `before ${unit(before)} → after ${unit(after)} (${(before / after).toFixed(1)}× ${after < before ? 'faster/smaller' : 'slower/larger'})`
}
