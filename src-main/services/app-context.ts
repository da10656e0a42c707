import type { ProgramKind } from '../../src-shared/api'
import { createApiHandlers, type ApiHandlers } from './api-handlers'
import { addSampleOnFirstRun } from './sample'
import { WorkspaceStore } from './workspace-store'
import { joinWorkspace } from './workspace-presence'
import type { DesktopShell } from './desktop-files'

export interface AppOptions {
  workspace: string
  sampleDir: string
  version: string
  mode: ProgramKind
  shell?: DesktopShell
  presentation?: { swap(): boolean }
}

export interface OpenedApp {
  store: WorkspaceStore
  handlers: ApiHandlers
  /** Leaves the workspace (removes this process from `.presence/`); call on quit. */
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
  const handlers = createApiHandlers({ store, presence, version: options.version, mode: options.mode, shell: options.shell, presentation: options.presentation })
  return { store, handlers, close: () => presence.leave() }
}
