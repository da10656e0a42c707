import { ApiError } from '../../src-shared/errors'
import type { ApiName, ApiParsedRequest, ApiResponse, ProgramKind } from '../../src-shared/api'
import { createBriefing } from '../../src-shared/briefing/deck-operations'
import { draftBriefing } from '../../src-shared/briefing/draft'
import { uniqueTitle } from '../../src-shared/briefing/draft-title'
import { newId } from '../../src-shared/ids'
import type { WorkspaceStore } from './workspace-store'
import type { WorkspacePresence } from './workspace-presence'
import { ImportError, decodeBase64, importReportFile, importReportText } from './import'
import { createDesktopFiles, type DesktopShell } from './desktop-files'
import { exportPdfForApi, pdfPageCountForApi } from './pdf/api'
import { exportPptxForApi } from './pptx/api'
import type { ExportQueue } from './export-queue/queue'
import { AssetStore } from './assets'
import { previousReportOf } from './previous-report'

export interface AppContext {
  store: WorkspaceStore
  /** Who else has the workspace open; absent in tests that need no such thing. */
  presence?: Pick<WorkspacePresence, 'others'>
  /** Where exports run: warm worker threads, a bounded queue. */
  exportQueue: ExportQueue
  version: string
  mode: ProgramKind
  /** Present in the desktop app only. */
  shell?: DesktopShell
  /** Desktop show windows (src-main/presentation-windows.ts); absent in browser mode. */
  presentation?: { swap(): boolean }
}

/** What a host knows about one call: `signal` aborts when its request closes or its window goes. */
export interface CallContext {
  signal?: AbortSignal
}

/** What the services do for each api entry: the same functions behind IPC, HTTP and the tests. */
export type ApiHandlers = { [N in ApiName]: (request: ApiParsedRequest<N>, call?: CallContext) => Promise<ApiResponse<N>> }

export function createApiHandlers(ctx: AppContext): ApiHandlers {
  const { store } = ctx
  const files = createDesktopFiles(ctx.shell)
  const assets = new AssetStore(store.root)
  return {
    appInfo: async () => ({ version: ctx.version, workspace: store.root, mode: ctx.mode }),
    listLibrary: async () => ({ ...(await store.list()), openElsewhere: (await ctx.presence?.others()) ?? [] }),
    getReport: async ({ id }) => {
      const { doc, readOnly } = await store.read('report', id)
      return { report: doc, readOnly }
    },
    saveReport: ({ report, baseRevision }) => store.save('report', report, baseRevision),
    importReportFile: async ({ fileName, dataBase64 }) => {
      const content = await asImportError(() => importReportFile(decodeBase64(dataBase64), fileName))
      return store.summarize('report', await store.create('report', content))
    },
    importReportText: async ({ text, title }) => {
      const content = await asImportError(() => importReportText(text, title))
      return store.summarize('report', await store.create('report', content))
    },
    createBriefing: async ({ title, reportIds }) =>
      store.summarize('briefing', await store.create('briefing', createBriefing(title, { reportIds }))),
    draftBriefing: async ({ reportId }) => {
      const { doc: report } = await store.read('report', reportId)
      const previous = await previousReportOf(store, report)
      const draft = draftBriefing(report, { id: newId('b'), ...(previous ? { previous } : {}) })
      // Drafting a report again names the new draft by its number (`…（2）`), never as an existing briefing.
      const title = uniqueTitle(draft.title, (await store.list()).briefings.map((b) => b.title))
      return store.summarize('briefing', await store.create('briefing', { ...draft, title }))
    },
    getBriefing: async ({ id }) => {
      const { doc, readOnly } = await store.read('briefing', id)
      return { briefing: doc, readOnly }
    },
    saveBriefing: ({ briefing, baseRevision }) => store.save('briefing', briefing, baseRevision),
    renameItem: ({ kind, id, title }) => store.rename(kind, id, title),
    duplicateItem: ({ kind, id }) => store.duplicate(kind, id),
    deleteItem: async ({ kind, id }) => {
      await store.moveToTrash(kind, id)
      return { ok: true as const }
    },
    restoreFromTrash: ({ kind, id }) => store.restoreFromTrash(kind, id),
    restoreBackup: ({ kind, id }) => store.restoreBackup(kind, id),
    prepareExport: async () => {
      ctx.exportQueue.warm()
      return { ok: true as const }
    },
    exportPdf: (request, call) => exportPdfForApi(store, assets, ctx.exportQueue, request, call?.signal),
    pdfPageCount: (request) => pdfPageCountForApi(store, request),
    exportPptx: (request, call) => exportPptxForApi(store, assets, ctx.exportQueue, request, call?.signal),
    saveExportFile: ({ fileName, dataBase64, format }) => files.saveExportFile(fileName, dataBase64, format),
    showInFolder: ({ path }) => files.showInFolder(path),
    swapDisplays: async () => ({ swapped: ctx.presentation?.swap() ?? false }),
    addAsset: ({ fileName, dataBase64 }) => assets.add(Buffer.from(dataBase64, 'base64'), fileName || undefined),
    getAsset: async ({ asset }) => {
      const { bytes, mime } = await assets.read(asset)
      return { mime: mime as 'image/png' | 'image/jpeg', dataBase64: Buffer.from(bytes).toString('base64') }
    },
  }
}

async function asImportError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('import-failed', error.message)
    throw error
  }
}
