/**
 * Child process for the two-host test: the web host entry as `npm run web` runs it (openApp, then
 * startWebHost on 127.0.0.1), minus the renderer build. Prints the URL on its first line; SIGTERM stops it.
 */
import { openApp } from '../../src-main/services/app-context'
import { exportWorkerFor } from '../../src-main/services/export-queue/queue'
import { startWebHost } from '../../src-main/web/host'

const [workspace, sampleDir, staticDir] = process.argv.slice(2)
if (!workspace || !sampleDir || !staticDir) throw new Error('usage: web-host-process WORKSPACE SAMPLE_DIR STATIC_DIR')
const opened = await openApp({ workspace, sampleDir, version: 'test', mode: 'web', exportWorker: exportWorkerFor(import.meta.url) })
const host = await startWebHost({ handlers: opened.handlers, staticDir, port: 0 })
process.stdout.write(`${host.url}\n`)
process.on('SIGTERM', () => {
  host.server.closeAllConnections()
  void Promise.all([host.close(), opened.close()]).then(() => process.exit(0))
})
