/**
 * `huibao pdf`: export a briefing as slides, handouts or notes pages.
 *
 *   huibao pdf BRIEFING.json -o OUT.pdf [--layout 1|2|3|4|6|notes] [--paper A4|A4-landscape|slide] [--range 1-5]
 *              [--include-hidden] [--header TEXT] [--marking TEXT] [--watermark TEXT] [--date TEXT] [--report REPORT.json …]
 *
 * REPORT.json is what `import --json` prints or a stored report file; BRIEFING.json what `draft` writes or a
 * stored briefing file. Failures are one Chinese line (CliError); warnings go to stderr as “提示：…”.
 */
import { resolve } from 'node:path'
import { PDF_LAYOUTS, PDF_PAPERS, PdfOptionsSchema, type PdfOptionsInput } from '../../src-shared/pdf-options'
import { PdfExportError } from '../services/pdf/errors'
import { CliError, stringFlag, type Command } from './args'
import { briefingImages, readBriefingFile, readReportFlag } from './briefing-file'

export const pdfCommand: Command = {
  usage: `pdf BRIEFING.json -o OUT.pdf [--layout ${PDF_LAYOUTS.join('|')}] [--paper ${PDF_PAPERS.join('|')}] [--range 1-5] [--include-hidden] [--header 文字] [--marking 文字] [--watermark 文字] [--report 报告.json …]`,
  summary: '把汇报导出为 PDF：每页 1 张幻灯片、2/3/4/6 张的讲义或备注页；--paper slide 得到幻灯片本身尺寸的页面',
  valueFlags: ['out', 'layout', 'paper', 'range', 'header', 'marking', 'watermark', 'date', 'report'],
  run: async (ctx) => {
    const { args, io, workspace } = ctx
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
    const briefing = await readBriefingFile(file)
    const reports = await readReportFlag(ctx)
    // Loaded here, not at the top: `huibao --help` and the other commands never pay for pdfmake and ECharts.
    const { renderBriefingPdf, writePdfFile } = await import('../services/pdf/export')
    try {
      const images = await briefingImages(briefing, file, workspace)
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
