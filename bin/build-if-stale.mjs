/**
 * Keeps the built programs current: a build output is stale when any of its sources is newer, or it is
 * missing (a fresh clone after `npm ci`). Stale outputs are rebuilt once, even when several processes ask
 * at the same moment (parallel tests): a lock folder in out/ lets one build while the others wait and
 * then find the output current. Plain JavaScript (type-checked through JSDoc), so the check costs a few
 * milliseconds and no compiler.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project folder. */
export const root = fileURLToPath(new URL('..', import.meta.url))

const INSTALL = ['package.json', 'package-lock.json']

/**
 * @typedef {object} Target
 * @property {string} output  the file the build writes last, relative to the project
 * @property {string[]} sources  files and folders whose changes make the output stale
 * @property {string[]} build  arguments to `node` that build it
 * @property {string} what  what it is, for the “正在构建…” line
 */

/** @type {Record<'node' | 'app', Target>} */
export const TARGETS = {
  // The command line, the web host and their export worker (vite.node.config.ts).
  node: {
    output: 'out/node/cli.js',
    sources: ['src-main', 'src-shared', 'vite.node.config.ts', ...INSTALL],
    build: ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.node.config.ts', '--logLevel', 'warn'],
    what: '命令行',
  },
  // The renderer, and the desktop app's main process and preload (electron.vite.config.ts).
  app: {
    output: 'out/renderer/index.html',
    sources: ['src-renderer', 'src-shared', 'src-main', 'electron.vite.config.ts', ...INSTALL],
    build: ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'],
    what: '界面',
  },
}

/** @param {string} path @returns {number} its modification time, or -1 when it is missing */
function mtime(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

/** @param {string} path @returns {number} the newest modification time of the file, or of any file under the folder */
function newest(path) {
  let info
  try {
    info = statSync(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  let latest = 0
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, mtime(join(entry.parentPath, entry.name)))
  }
  return latest
}

/** @param {Target} target @param {string} [base] the project folder */
export function isStale(target, base = root) {
  const built = mtime(join(base, target.output))
  if (built < 0) return true
  return target.sources.some((s) => newest(join(base, s)) > built)
}

/** A lock older than this was left by a build that died; it is taken over. */
const LOCK_STALE_MS = 10 * 60 * 1000

/**
 * Is the process that took the lock gone (a build interrupted by Ctrl+C or a closed window)? The lock names its
 * owner's pid; a lock without one (being taken this moment, or left by an older version) is judged by its age only.
 * @param {string} lock @returns {boolean}
 */
function ownerIsGone(lock) {
  let pid
  try {
    pid = Number(readFileSync(join(lock, 'owner'), 'utf8'))
  } catch {
    return false
  }
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH'
  }
}

/**
 * @template T
 * @param {string} base @param {() => Promise<T>} run @returns {Promise<T>}
 */
async function withBuildLock(base, run) {
  const lock = join(base, 'out', '.build-lock')
  mkdirSync(join(base, 'out'), { recursive: true })
  let told = false
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'owner'), String(process.pid))
      break
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error
      if (ownerIsGone(lock) || Date.now() - mtime(lock) > LOCK_STALE_MS) {
        rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (!told) process.stderr.write('正在等待另一个构建完成…\n')
      told = true
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    return await run()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Runs a build tool; its own output is shown only when it fails (stdout stays clean for `--json`).
 * @param {Target} target @param {string} base @returns {Promise<void>}
 */
function runBuild(target, base) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, target.build, { cwd: base, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (chunk) => (log += chunk))
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      process.stderr.write(log)
      reject(new Error(`${target.what}构建失败（退出码 ${code}）。`))
    })
  })
}

/**
 * Builds the target when it is stale; resolves when it is current.
 * @param {keyof typeof TARGETS | Target} which @param {string} [base] the project folder
 */
export async function buildIfStale(which, base = root) {
  const target = typeof which === 'string' ? TARGETS[which] : which
  if (!isStale(target, base)) return
  await withBuildLock(base, async () => {
    if (!isStale(target, base)) return // another process built it while this one waited
    process.stderr.write(`正在构建${target.what}…\n`)
    await runBuild(target, base)
  })
}
