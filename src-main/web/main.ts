/**
 * `npm run web [-- --port N --workspace DIR]`: the app in a browser, served on 127.0.0.1 with the same
 * api, workspace and sample as the desktop app. The first line printed is the URL to open, token included.
 *
 * Built to `out/node/web.js` and started by `bin/huibao-web.mjs`, which rebuilds what is older than its
 * sources first: this bundle before it starts, the renderer while the host already listens (`rendererReady`;
 * requests for pages wait for it).
 *
 * The URL is printed as soon as the socket listens; the services (workspace, schemas, export queue) load
 * after it, and api calls wait for them. A workspace that cannot be opened still ends the host with one
 * sentence and exit code 1.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultWorkspace } from '../services/user-data'
import { resolveWorkspace } from '../services/workspace-location'
import { startWebHost } from './host'

/** The project folder: two levels above both `src-main/web/main.ts` and `out/node/web.js`. */
const root = fileURLToPath(new URL('../..', import.meta.url))
/** How long stopping waits for exports and open requests before it ends them. */
const STOP_GRACE_MS = 3000

export interface WebHostRun {
  /** Resolves when the built renderer is current (at once when nothing needed rebuilding). */
  rendererReady?: Promise<void>
}

/** The services, loaded and opened on the workspace while the host starts listening. */
async function openAppLazily(workspace: string) {
  const [{ openApp }, { exportWorkerFor }, pkg] = await Promise.all([
    import('../services/app-context'),
    import('../services/export-queue/queue'),
    readFile(join(root, 'package.json'), 'utf8'),
  ])
  const { version } = JSON.parse(pkg) as { version: string }
  return openApp({ workspace, sampleDir: join(root, 'resources', 'sample'), version, mode: 'web', exportWorker: exportWorkerFor(import.meta.url) })
}

export async function runWebHost(argv: string[], { rendererReady = Promise.resolve() }: WebHostRun = {}): Promise<void> {
  const portFlag = argv.indexOf('--port')
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 5178
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口号无效：${argv[portFlag + 1] ?? ''}`)
  const workspace = resolveWorkspace(argv, process.env, defaultWorkspace())
  // The services start loading once the URL is out, so that nothing delays it.
  let urlPrinted = () => {}
  const appReady = new Promise<void>((resolve) => (urlPrinted = resolve)).then(() => openAppLazily(workspace))
  const handlers = appReady.then((app) => app.handlers)
  // A failure to open is reported once, by `await appReady` below.
  handlers.catch(() => {})
  const host = await startWebHost({ handlers, staticDir: join(root, 'out', 'renderer'), port, ready: rendererReady })
  process.stdout.write(`${host.url}\n`)
  urlPrinted()
  const app = await appReady
  process.stderr.write(`汇报已在浏览器模式启动。工作区：${workspace}\n按 Ctrl+C 停止。\n`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    // Never hang on the way out: whatever is still running after the grace period is ended.
    setTimeout(() => process.exit(0), STOP_GRACE_MS + 1000).unref()
    host.server.closeIdleConnections()
    void Promise.all([app.close(), host.close()]).finally(() => process.exit(0))
    setTimeout(() => host.server.closeAllConnections(), STOP_GRACE_MS).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await rendererReady
}
