/**
 * What an export needs from the workspace, and how the export queue's refusals read: shared by the PDF and
 * PPTX api entries.
 */
import { ApiError } from '../../src-shared/errors'
import type { BriefingContent } from '../../src-shared/schemas/briefing'
import type { ReportContent } from '../../src-shared/schemas/report'
import { loadBriefingImages, type AssetStore } from './assets'
import { JobCancelledError, PoolBusyError, PoolClosedError } from './workers/pool'
import type { WorkspaceStore } from './workspace-store'

export interface ExportSources {
  briefing: BriefingContent
  /** The reports it draws on that could be read; a report that is gone or damaged is left out (its references show as missing). */
  reports: ReportContent[]
  images: Record<string, Uint8Array>
}

export async function loadExportSources(store: WorkspaceStore, assets: AssetStore, briefingId: string): Promise<ExportSources> {
  const { doc: briefing } = await store.read('briefing', briefingId)
  const reports: ReportContent[] = []
  for (const id of briefing.reportIds) {
    try {
      reports.push((await store.read('report', id)).doc)
    } catch {
      // Gone or damaged: its references are reported as missing.
    }
  }
  return { briefing, reports, images: await loadBriefingImages(briefing, [assets.folder]) }
}

/** The export queue's refusals as ApiErrors; anything else is returned unchanged. */
export function queueRefusalAsApiError(error: unknown): unknown {
  if (error instanceof PoolBusyError) return new ApiError('busy', '正在导出的文件较多，请等当前的导出完成后再试。')
  if (error instanceof PoolClosedError) return new ApiError('cancelled', '汇报正在退出，导出已取消。')
  if (error instanceof JobCancelledError) return new ApiError('cancelled', '导出已取消。')
  return error
}
