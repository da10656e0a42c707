/**
 * The `exportPdf` and `pdfPageCount` api entries: load the briefing (and the reports it draws on, to check
 * its metric references), run the export in the export queue, and turn export errors into ApiErrors.
 */
import { ApiError } from '../../../src-shared/errors'
import type { ApiParsedRequest, ApiResponse } from '../../../src-shared/api'
import { pdfPageCountFor } from '../../../src-shared/pdf-options'
import type { ExportQueue } from '../export-queue/queue'
import type { WorkspaceStore } from '../workspace-store'
import type { AssetStore } from '../assets'
import { loadExportSources, queueRefusalAsApiError } from '../export-sources'
import { PdfExportError } from './errors'
import { runPdfExport } from './run-export'

function asApiError(error: unknown): never {
  if (error instanceof PdfExportError) {
    const code = error.code === 'bad-options' || error.code === 'empty-selection' ? 'invalid-request' : error.code === 'render-failed' ? 'internal' : 'io'
    throw new ApiError(code, error.message)
  }
  throw queueRefusalAsApiError(error)
}

export async function exportPdfForApi(
  store: WorkspaceStore,
  assets: AssetStore,
  queue: ExportQueue,
  { briefingId, options }: ApiParsedRequest<'exportPdf'>,
  signal?: AbortSignal,
): Promise<ApiResponse<'exportPdf'>> {
  const { briefing, reports, images } = await loadExportSources(store, assets, briefingId)
  try {
    const result = await runPdfExport(queue, { briefing, options, reports, images }, signal ? { signal } : {})
    return { fileName: result.fileName, dataBase64: Buffer.from(result.bytes).toString('base64'), pageCount: result.pageCount, warnings: result.warnings }
  } catch (error) {
    return asApiError(error)
  }
}

/** Cheap: counts slides against the options; nothing is rendered. */
export async function pdfPageCountForApi(store: WorkspaceStore, { briefingId, options }: ApiParsedRequest<'pdfPageCount'>): Promise<ApiResponse<'pdfPageCount'>> {
  const { doc: briefing } = await store.read('briefing', briefingId)
  try {
    return { pageCount: pdfPageCountFor(briefing.slides, options) }
  } catch (error) {
    if (error instanceof RangeError) throw new ApiError('invalid-request', error.message)
    throw error
  }
}
