/**
 * `npm run web [-- --port N --workspace DIR]`: the app in a browser, served on 127.0.0.1 with the same
 * api, workspace and sample as the desktop app. The first line printed is the URL to open, token included.
 */
import { spawn } from 'node:child_process'
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp } from '../services/app-context'
import { defaultWorkspace } from '../services/user-data'
import { resolveWorkspace } from '../services/workspace-location'
import { startWebHost } from './host'
import { errorMessage } from '../../src-shared/errors'

const root = fileURLToPath(new URL('../..', import.meta.url))
const rendererOut = join(root, 'out', 'renderer')

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const portFlag = argv.indexOf('--port')
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 5178
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口号无效：${argv[portFlag + 1] ?? ''}`)
  const workspace = resolveWorkspace(argv, process.env, defaultWorkspace())
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
  const opened = await openApp({ workspace, sampleDir: join(root, 'resources', 'sample'), version, mode: 'web' })
  const ready = (await rendererIsStale()) ? buildRenderer() : Promise.resolve()
  const host = await startWebHost({ handlers: opened.handlers, staticDir: rendererOut, port, ready })
  process.stdout.write(`${host.url}\n`)
  process.stderr.write(`汇报已在浏览器模式启动。工作区：${workspace}\n按 Ctrl+C 停止。\n`)
  await ready
  const stop = () => void Promise.all([host.close(), opened.close()]).then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** True when there is no built renderer, or a source file is newer than it. */
async function rendererIsStale(): Promise<boolean> {
  const built = await stat(join(rendererOut, 'index.html')).catch(() => null)
  if (!built) return true
  const newest = Math.max(await newestMtime(join(root, 'src-renderer')), await newestMtime(join(root, 'src-shared')))
  return newest > built.mtimeMs
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const info = await stat(join(entry.parentPath, entry.name))
    newest = Math.max(newest, info.mtimeMs)
  }
  return newest
}

function buildRenderer(): Promise<void> {
  process.stderr.write('正在构建界面…\n')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`界面构建失败（退出码 ${code}）`))))
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`无法启动：${errorMessage(error)}\n`)
  process.exit(1)
})
