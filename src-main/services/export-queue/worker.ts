/**
 * The export worker thread (built as `export-worker.js` beside the desktop main bundle and the web host):
 * it loads pdfmake, the fonts and ECharts once, warms them with a tiny export, and then serves export jobs
 * until the pool ends it.
 */
import { parentPort } from 'node:worker_threads'
import { serveJobs } from '../workers/serve-jobs'
import { exportJobs, warmUpExport } from './jobs'

if (parentPort) serveJobs(parentPort, exportJobs, { warmUp: warmUpExport })
