/**
 * The `exportPptx` api entry: load the briefing, the reports it draws on (the notes quote them) and its
 * pictures, build the .pptx in the export queue, and turn export errors into ApiErrors.
 */
import { ApiError } from '../../../src-shared/errors'
import type { ApiParsedRequest, ApiResponse } from '../../../src-shared/api'
import type { AssetStore } from '../assets'
import type { ExportQueue } from '../export-queue/queue'
import { loadExportSources, queueRefusalAsApiError } from '../export-sources'
import type { WorkspaceStore } from '../workspace-store'
import { PptxExportError, type PptxExportErrorCode } from './errors'
import { runPptxExport } from './run-export'

const API_CODES: Record<PptxExportErrorCode, 'invalid-request' | 'io' | 'internal'> = { empty: 'invalid-request', unwritable: 'io', 'render-failed': 'internal' }

export async function exportPptxForApi(
  store: WorkspaceStore,
  assets: AssetStore,
  queue: ExportQueue,
  { briefingId }: ApiParsedRequest<'exportPptx'>,
  signal?: AbortSignal,
): Promise<ApiResponse<'exportPptx'>> {
  const sources = await loadExportSources(store, assets, briefingId)
  try {
    const result = await runPptxExport(queue, sources, signal ? { signal } : {})
    return { fileName: result.fileName, dataBase64: Buffer.from(result.bytes).toString('base64'), slideCount: result.slideCount, warnings: result.warnings }
  } catch (error) {
    if (error instanceof PptxExportError) throw new ApiError(API_CODES[error.code], error.message)
    throw queueRefusalAsApiError(error)
  }
}
