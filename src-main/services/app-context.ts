import { createApiHandlers, type ApiHandlers } from './api-handlers'
import { EXPORT_QUEUE_LIMITS, createExportQueue, type ExportQueue } from './export-queue/queue'
import { addSampleOnFirstRun } from './sample'
import { WorkspaceStore } from './workspace-store'
import type { DesktopShell } from './desktop-files'

export interface AppOptions {
  workspace: string
  sampleDir: string
  version: string
  mode: 'desktop' | 'web'
  /** The built export worker (`export-worker.js` beside the bundle), or its `.ts` source in tests. */
  exportWorker: URL
  shell?: DesktopShell
  presentation?: { swap(): boolean }
}

export interface OpenedApp {
  store: WorkspaceStore
  handlers: ApiHandlers
  exportQueue: ExportQueue
  /** Cancels waiting exports, gives running ones a few seconds, and ends the workers. */
  close(): Promise<void>
}

/** Opens the workspace, adds the sample on first run, and returns the handlers both hosts serve. */
export async function openApp(options: AppOptions): Promise<OpenedApp> {
  const store = new WorkspaceStore(options.workspace)
  await store.init()
  await addSampleOnFirstRun(store, options.sampleDir)
  const exportQueue = createExportQueue(options.exportWorker)
  return {
    store,
    exportQueue,
    handlers: createApiHandlers({ store, exportQueue, version: options.version, mode: options.mode, shell: options.shell, presentation: options.presentation }),
    close: () => exportQueue.close(EXPORT_QUEUE_LIMITS.graceMs),
  }
}
