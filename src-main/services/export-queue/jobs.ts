/**
 * What the export worker can do: one handler per job kind. The PDF export is here; the PPTX export joins
 * as one more entry (its input and output types follow from the handler).
 */
import { renderBriefingPdf, type PdfExportInput } from '../pdf/export'
import type { JobContext, JobTable } from '../workers/protocol'

export const exportJobs = {
  pdf: (input: PdfExportInput, { progress }: JobContext) => renderBriefingPdf(input, progress),
} satisfies JobTable

export type ExportJobs = typeof exportJobs
