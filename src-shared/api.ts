import { z } from 'zod'
import type { ApiErrorPayload } from './errors'
import type { ApiName, MenuAction } from './api-channels'
export { API_NAMES, ipcChannel, type ApiName } from './api-channels'
import { IdSchema } from './schemas/common'
import { ReportDocSchema } from './schemas/report'
import { BriefingDocSchema } from './schemas/briefing'
import { AssetNameSchema, ImageRefSchema } from './schemas/slide-parts'
import { PdfOptionsSchema } from './pdf-options'

/**
 * The one contract between the renderer and the services. `ipc.ts` registers a handler per entry,
 * `preload.ts` exposes one function per entry as `window.huibao`, `web-host.ts` serves the same
 * entries over HTTP, and `bridge.ts` calls them. Requests and responses are validated on both sides.
 */

export const DOC_KINDS = ['report', 'briefing'] as const
export const DocKindSchema = z.enum(DOC_KINDS)
export type DocKind = z.infer<typeof DocKindSchema>

export const ItemSummarySchema = z.object({
  kind: DocKindSchema,
  id: IdSchema,
  title: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  /** Written by a newer version of Huibao: it can be viewed, not saved. */
  readOnly: z.boolean(),
  /** Reports: how many metrics; briefings: how many slides. */
  size: z.number(),
  /** Reports: the year and the place they are of (so the library can pair last year's with this year's). */
  year: z.number().int().nullable().optional(),
  place: z.string().nullable().optional(),
})
export type ItemSummary = z.infer<typeof ItemSummarySchema>

export const DamagedFileSchema = z.object({
  kind: DocKindSchema,
  id: IdSchema,
  fileName: z.string(),
  reason: z.string(),
  backups: z.number(),
})
export type DamagedFile = z.infer<typeof DamagedFileSchema>

export const TrashItemSchema = z.object({
  kind: DocKindSchema,
  id: IdSchema,
  title: z.string(),
  deletedAt: z.string(),
})
export type TrashItem = z.infer<typeof TrashItemSchema>

/** A file in reports/ or briefings/ whose name is not `<id>.json`: shown, never read or changed. */
export const ForeignFileSchema = z.object({
  kind: DocKindSchema,
  fileName: z.string(),
  reason: z.string(),
})
export type ForeignFile = z.infer<typeof ForeignFileSchema>

export const ProgramKindSchema = z.enum(['desktop', 'web'])
export type ProgramKind = z.infer<typeof ProgramKindSchema>

/** Another process that has the same workspace open (the desktop app, browser mode, another machine). */
export const OpenElsewhereSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  program: ProgramKindSchema,
  since: z.string(),
})
export type OpenElsewhere = z.infer<typeof OpenElsewhereSchema>

export const LibrarySchema = z.object({
  reports: z.array(ItemSummarySchema),
  briefings: z.array(ItemSummarySchema),
  damaged: z.array(DamagedFileSchema),
  foreign: z.array(ForeignFileSchema),
  trash: z.array(TrashItemSchema),
  openElsewhere: z.array(OpenElsewhereSchema),
})
export type Library = z.infer<typeof LibrarySchema>

export const SavedSchema = z.object({ revision: z.number(), updatedAt: z.string() })
export type Saved = z.infer<typeof SavedSchema>

const ItemRef = z.object({ kind: DocKindSchema, id: IdSchema })

/** What an export makes: a PDF (slides, handouts, notes pages) or a PowerPoint deck. */
export const EXPORT_FORMATS = ['pdf', 'pptx'] as const
export const ExportFormatSchema = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormatSchema>

/** Base64 keeps the file bytes exact over JSON; 50 MB of file is about 67 MB of text. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/** The largest picture accepted (assets). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024

export const api = {
  appInfo: {
    request: z.object({}),
    response: z.object({ version: z.string(), workspace: z.string(), mode: ProgramKindSchema }),
  },
  listLibrary: { request: z.object({}), response: LibrarySchema },
  getReport: {
    request: z.object({ id: IdSchema }),
    response: z.object({ report: ReportDocSchema, readOnly: z.boolean() }),
  },
  saveReport: {
    request: z.object({ report: ReportDocSchema, baseRevision: z.number().int().nonnegative() }),
    response: SavedSchema,
  },
  importReportFile: {
    request: z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8) }),
    response: ItemSummarySchema,
  },
  importReportText: {
    request: z.object({ text: z.string().min(1), title: z.string().optional() }),
    response: ItemSummarySchema,
  },
  createBriefing: {
    request: z.object({ title: z.string().trim().min(1).max(200), reportIds: z.array(IdSchema).default([]) }),
    response: ItemSummarySchema,
  },
  /**
   * Drafts a briefing from a report (生成汇报初稿) and saves it as a new briefing. With last year's report of the
   * same place in the library (or the one its comparison names), the draft includes 目标完成情况.
   */
  draftBriefing: {
    request: z.object({ reportId: IdSchema }),
    response: ItemSummarySchema,
  },
  getBriefing: {
    request: z.object({ id: IdSchema }),
    response: z.object({ briefing: BriefingDocSchema, readOnly: z.boolean() }),
  },
  saveBriefing: {
    request: z.object({ briefing: BriefingDocSchema, baseRevision: z.number().int().nonnegative() }),
    response: SavedSchema,
  },
  renameItem: {
    request: ItemRef.extend({ title: z.string().trim().min(1).max(200) }),
    response: ItemSummarySchema,
  },
  duplicateItem: { request: ItemRef, response: ItemSummarySchema },
  deleteItem: { request: ItemRef, response: z.object({ ok: z.literal(true) }) },
  restoreFromTrash: { request: ItemRef, response: ItemSummarySchema },
  restoreBackup: { request: ItemRef, response: ItemSummarySchema },
  /**
   * Starts the export worker if it is not running yet, so the export the person is about to ask for does not
   * wait for it (the export dialog calls it when it opens). Answers at once.
   */
  prepareExport: { request: z.object({}), response: z.object({ ok: z.literal(true) }) },
  /** Exports a saved briefing as PDF (slides, handouts or notes pages); the bytes come back as base64. */
  exportPdf: {
    request: z.object({ briefingId: IdSchema, options: PdfOptionsSchema }),
    response: z.object({ fileName: z.string(), dataBase64: z.string(), pageCount: z.number().int().nonnegative(), warnings: z.array(z.string()) }),
  },
  /** The page count an export would have, computed from the options without rendering (live count in the dialog). */
  pdfPageCount: {
    request: z.object({ briefingId: IdSchema, options: PdfOptionsSchema }),
    response: z.object({ pageCount: z.number().int().nonnegative() }),
  },
  /**
   * Exports a saved briefing as a PowerPoint deck (.pptx) that opens and edits in WPS and PowerPoint: editable
   * text, native charts and tables, speaker notes with the sources of its figures. The bytes come back as base64.
   */
  exportPptx: {
    request: z.object({ briefingId: IdSchema }),
    response: z.object({ fileName: z.string(), dataBase64: z.string(), slideCount: z.number().int().nonnegative(), warnings: z.array(z.string()) }),
  },
  /**
   * Desktop only: asks where to save an exported file (the system save dialog, for its format) and writes it
   * there. Answers `{ path: null }` when the person cancels. Browser mode downloads the file instead.
   */
  saveExportFile: {
    request: z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().min(1), format: ExportFormatSchema }),
    response: z.object({ path: z.string().nullable() }),
  },
  /** Desktop only: shows a file this session saved in the system file manager. */
  showInFolder: {
    request: z.object({ path: z.string().min(1).max(4096) }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** Desktop show: swaps the audience and presenter windows between the two displays (“交换显示器”). */
  swapDisplays: { request: z.object({}), response: z.object({ swapped: z.boolean() }) },
  /**
   * Stores a picture (PNG or JPEG, checked by content, at most 20 MB) once in the workspace's assets/ and
   * answers the reference a slide or the logo keeps.
   */
  addAsset: {
    request: z.object({ fileName: z.string().max(255).default(''), dataBase64: z.string().min(1).max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8) }),
    response: ImageRefSchema,
  },
  /** A stored picture's bytes, for the renderer to show as a data: URL; `not-found` when its file is gone. */
  getAsset: {
    request: z.object({ asset: AssetNameSchema }),
    response: z.object({ mime: z.enum(['image/png', 'image/jpeg']), dataBase64: z.string() }),
  },
} as const

export type Api = typeof api
// Compile-time check: the entries here are exactly the names in api-channels.ts.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const namesMatch: Exactly<keyof Api, ApiName> = true
void namesMatch
export type ApiRequest<N extends ApiName> = z.input<Api[N]['request']>
export type ApiResponse<N extends ApiName> = z.infer<Api[N]['response']>
/** A request after its schema has parsed it (defaults filled in). */
export type ApiParsedRequest<N extends ApiName> = z.infer<Api[N]['request']>

/** What `window.huibao` and the HTTP client both look like to the renderer. */
export type HuibaoApi = { [N in ApiName]: (request: ApiRequest<N>) => Promise<ApiResponse<N>> }

/** Every call answers with this envelope, over IPC and HTTP alike, so errors keep their code and message. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload }

/** `window.huibao` as the preload exposes it: envelopes, unwrapped by `bridge.ts`. */
export type HuibaoBridge = { [N in ApiName]: (request: ApiRequest<N>) => Promise<ApiResult<ApiResponse<N>>> } & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuAction(listener: (action: MenuAction) => void): () => void
}
