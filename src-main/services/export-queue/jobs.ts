/**
 * What the export worker can do: one handler per job kind, the PDF and the PowerPoint export (each job's
 * input and output types follow from its handler).
 */
import { BriefingContentSchema } from '../../../src-shared/schemas/briefing'
import { renderBriefingPdf, type PdfExportInput, type PdfExportResult } from '../pdf/export'
import { renderBriefingPptx, type PptxExportInput, type PptxExportResult } from '../pptx/export'
import type { JobContext, JobTable } from '../workers/protocol'

export const exportJobs = {
  pdf: (input: PdfExportInput, { progress }: JobContext) => renderBriefingPdf(input, progress),
  pptx: (input: PptxExportInput, { progress }: JobContext) => renderBriefingPptx(input, progress),
} satisfies JobTable

export type ExportJobs = typeof exportJobs

/**
 * A two-slide export (text and a chart) to PDF and to PowerPoint whose results are thrown away: it compiles
 * the drawing code, parses the fonts and loads pptxgenjs.
 */
export async function warmUpExport(): Promise<{ pdf: PdfExportResult; pptx: PptxExportResult }> {
  const figure = (label: string, value: number) => ({ label, value, unit: '%' })
  const briefing = BriefingContentSchema.parse({
    id: 'warm-up',
    title: '预热',
    slides: [
      { id: 's1', layout: 'section', title: '经济运行稳中有进', bullets: ['地区生产总值增长5.2%', 'GDP 1,234.5亿元'] },
      { id: 's2', layout: 'chart', title: '主要指标', chart: { type: 'bar', figures: [figure('工业', 6.1), figure('投资', 4.3)] } },
    ],
  })
  return { pdf: await renderBriefingPdf({ briefing, options: { layout: '2' } }), pptx: await renderBriefingPptx({ briefing }) }
}
