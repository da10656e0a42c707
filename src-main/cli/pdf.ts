/**
 * `huibao pdf`: export a briefing as slides, handouts or notes pages.
 *
 *   huibao pdf BRIEFING.json -o OUT.pdf [--layout 1|2|3|4|6|notes] [--paper A4|A4-landscape|slide] [--range 1-5]
 *              [--include-hidden] [--header TEXT] [--marking TEXT] [--watermark TEXT] [--date TEXT] [--report REPORT.json]
 *
 * REPORT.json is what `import --json` prints or a stored report file; BRIEFING.json what `draft` writes or a
 * stored briefing file. Failures are one Chinese line (CliError); warnings go to stderr as “提示：…”.
 */
import { dirname, join, resolve } from 'node:path'
import { PDF_LAYOUTS, PDF_PAPERS, PdfOptionsSchema, type PdfOptionsInput } from '../../src-shared/pdf-options'
import { BriefingContentSchema } from '../../src-shared/schemas/briefing'
import { ReportContentSchema } from '../../src-shared/schemas/report'
import { PdfExportError } from '../services/pdf/errors'
import { loadBriefingImages } from '../services/assets'
import { migrate } from '../services/migrations'
import { CliError, readJson, stringFlag, type Command } from './args'
import { z } from 'zod'

/** A briefing file of any version (what `draft` wrote, or a stored file), brought to the current schema. */
const AnyBriefingSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, zctx) => {
    const parsed = BriefingContentSchema.safeParse(migrate('briefing', raw))
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) zctx.addIssue({ ...issue, code: 'custom', message: issue.message })
    return z.NEVER
  })

export const pdfCommand: Command = {
  usage: `pdf BRIEFING.json -o OUT.pdf [--layout ${PDF_LAYOUTS.join('|')}] [--paper ${PDF_PAPERS.join('|')}] [--range 1-5] [--include-hidden] [--header 文字] [--marking 文字] [--watermark 文字] [--report 报告.json]`,
  summary: '把汇报导出为 PDF：每页 1 张幻灯片、2/3/4/6 张的讲义或备注页；--paper slide 得到幻灯片本身尺寸的页面',
  valueFlags: ['out', 'layout', 'paper', 'range', 'header', 'marking', 'watermark', 'date', 'report'],
  run: async ({ args, io, workspace }) => {
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定汇报文件：huibao pdf 汇报.json -o 讲义.pdf')
    const out = stringFlag(args.flags, 'out')
    if (out === undefined) throw new CliError('请用 -o 指定输出的 PDF 文件，例如：huibao pdf 汇报.json -o 讲义.pdf')
    const layout = stringFlag(args.flags, 'layout')
    if (layout !== undefined && !(PDF_LAYOUTS as readonly string[]).includes(layout)) {
      throw new CliError(`--layout 只能是 ${PDF_LAYOUTS.join('、')}（notes 为备注页），收到“${layout}”。`)
    }
    const paper = stringFlag(args.flags, 'paper')
    if (paper !== undefined && !(PDF_PAPERS as readonly string[]).includes(paper)) {
      throw new CliError(`--paper 只能是 ${PDF_PAPERS.join('、')}（slide 为幻灯片本身的尺寸），收到“${paper}”。`)
    }
    const input: PdfOptionsInput = {
      layout: layout as PdfOptionsInput['layout'],
      paper: paper as PdfOptionsInput['paper'],
      range: stringFlag(args.flags, 'range'),
      includeHidden: args.flags.get('include-hidden') === true,
      header: stringFlag(args.flags, 'header'),
      marking: stringFlag(args.flags, 'marking'),
      watermark: stringFlag(args.flags, 'watermark'),
      date: stringFlag(args.flags, 'date'),
    }
    const parsed = PdfOptionsSchema.safeParse(input)
    if (!parsed.success) throw new CliError(`选项有误：${parsed.error.issues[0]?.message ?? '格式不对'}`)
    const briefing = await readJson(file, AnyBriefingSchema, '汇报文件')
    const reportFile = stringFlag(args.flags, 'report')
    const reports = reportFile ? [await readJson(reportFile, ReportContentSchema, '报告文件')] : undefined
    // Loaded here, not at the top: `huibao --help` and the other commands never pay for pdfmake and ECharts.
    const { renderBriefingPdf, writePdfFile } = await import('../services/pdf/export')
    try {
      // Pictures: in the workspace's assets/, or beside a stored briefing (briefings/../assets).
      const folders = [...(workspace ? [join(workspace, 'assets')] : []), join(dirname(resolve(file)), '..', 'assets'), join(dirname(resolve(file)), 'assets')]
      const images = await loadBriefingImages(briefing, folders)
      const result = await renderBriefingPdf({ briefing, options: parsed.data, images, ...(reports ? { reports } : {}) })
      await writePdfFile(out, result.bytes)
      for (const w of result.warnings) io.err(`提示：${w}\n`)
      io.out(`已导出 PDF：${resolve(out)}（${result.pageCount} 页）\n`)
      return 0
    } catch (error) {
      if (error instanceof PdfExportError) throw new CliError(error.message)
      throw error
    }
  },
}
