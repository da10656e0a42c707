import type { ProgramKind } from '../../src-shared/api'
import { createApiHandlers, type ApiHandlers } from './api-handlers'
import { EXPORT_QUEUE_LIMITS, createExportQueue, type ExportQueue } from './export-queue/queue'
import { addSampleOnFirstRun } from './sample'
import { WorkspaceStore } from './workspace-store'
import { joinWorkspace } from './workspace-presence'
import type { DesktopShell } from './desktop-files'

export interface AppOptions {
  workspace: string
  sampleDir: string
  version: string
  mode: ProgramKind
  /** The built export worker (`export-worker.js` beside the bundle), or its `.ts` source in tests. */
  exportWorker: URL
  shell?: DesktopShell
  presentation?: { swap(): boolean }
}

export interface OpenedApp {
  store: WorkspaceStore
  handlers: ApiHandlers
  exportQueue: ExportQueue
  /** Leaves the workspace (removes this process from `.presence/`), cancels waiting exports, gives running ones a few seconds, and ends the workers; call on quit. */
  close(): Promise<void>
}

/** Opens the workspace, records this process in it, adds the sample on first run, and returns the handlers both hosts serve. */
export async function openApp(options: AppOptions): Promise<OpenedApp> {
  const store = new WorkspaceStore(options.workspace)
  await store.init()
  const presence = await joinWorkspace(options.workspace, options.mode)
  try {
    await addSampleOnFirstRun(store, options.sampleDir)
  } catch (error) {
    await presence.leave()
    throw error
  }
  const exportQueue = createExportQueue(options.exportWorker)
  const handlers = createApiHandlers({ store, presence, exportQueue, version: options.version, mode: options.mode, shell: options.shell, presentation: options.presentation })
  return {
    store,
    exportQueue,
    handlers,
    close: async () => {
      await exportQueue.close(EXPORT_QUEUE_LIMITS.graceMs)
      await presence.leave()
    },
  }
}
