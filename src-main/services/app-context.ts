import { createApiHandlers, type ApiHandlers } from './api-handlers'
import { addSampleOnFirstRun } from './sample'
import { WorkspaceStore } from './workspace-store'
import type { DesktopShell } from './desktop-files'

export interface AppOptions {
  workspace: string
  sampleDir: string
  version: string
  mode: 'desktop' | 'web'
  shell?: DesktopShell
  presentation?: { swap(): boolean }
}

/** Opens the workspace, adds the sample on first run, and returns the handlers both hosts serve. */
export async function openApp(options: AppOptions): Promise<{ store: WorkspaceStore; handlers: ApiHandlers }> {
  const store = new WorkspaceStore(options.workspace)
  await store.init()
  await addSampleOnFirstRun(store, options.sampleDir)
  return { store, handlers: createApiHandlers({ store, version: options.version, mode: options.mode, shell: options.shell, presentation: options.presentation }) }
}
