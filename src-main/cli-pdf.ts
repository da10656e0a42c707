/**
 * The `draft` and `pdf` commands of the `huibao` command line:
 *
 *   huibao draft REPORT.json -o BRIEFING.json
 *   huibao pdf BRIEFING.json -o OUT.pdf [--layout 1|2|3|4|6|notes] [--paper A4|A4-landscape] [--range 1-5]
 *              [--include-hidden] [--header TEXT] [--marking TEXT] [--watermark TEXT] [--date TEXT] [--report REPORT.json]
 *
 * REPORT.json is what `import --json` prints or a stored report file; BRIEFING.json what `draft` writes or a
 * stored briefing file. Failures are one Chinese line (CliError); warnings go to stderr as “提示：…”.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { z } from 'zod'
import { draftBriefing } from '../src-shared/briefing/draft'
import { PDF_LAYOUTS, PDF_PAPERS, PdfOptionsSchema, type PdfOptionsInput } from '../src-shared/pdf-options'
import { BriefingContentSchema } from '../src-shared/schemas/briefing'
import { ReportContentSchema } from '../src-shared/schemas/report'
import { CliError, type Command } from './cli'
import { PdfExportError, unwritableMessage } from './services/pdf/errors'
import { renderBriefingPdf, writePdfFile } from './services/pdf/export'

async function readJson<S extends z.ZodType>(file: string, schema: S, what: string): Promise<z.infer<S>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    if (code === 'ENOENT') throw new CliError(`找不到文件：${file}`)
    if (code === 'EISDIR') throw new CliError(`“${file}”是一个文件夹，不是文件。`)
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`没有权限读取文件：${file}`)
    throw new CliError(`无法读取文件：${file}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new CliError(`“${file}”不是有效的 JSON 文件。`)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : ''
    throw new CliError(`“${file}”不是${what}${where}。`)
  }
  return parsed.data
}

function stringFlag(flags: Map<string, string | true>, name: string): string | undefined {
  const v = flags.get(name)
  if (v === true) throw new CliError(`选项 --${name} 需要一个值。`)
  return v
}

export const draftCommand: Command = {
  usage: 'draft REPORT.json -o BRIEFING.json',
  summary: '由报告（import --json 的输出或已保存的报告文件）生成汇报初稿；不指定 -o 时输出到屏幕',
  valueFlags: ['out'],
  run: async ({ args, io }) => {
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定报告文件：huibao draft 报告.json -o 汇报.json')
    const report = await readJson(file, ReportContentSchema, '报告文件（请先用 huibao import 文件 --json 导出报告）')
    const briefing = draftBriefing(report)
    const json = `${JSON.stringify(briefing, null, 2)}\n`
    const out = stringFlag(args.flags, 'out')
    if (out === undefined) {
      io.out(json)
      return 0
    }
    try {
      await writeFile(out, json)
    } catch (error) {
      throw new CliError(unwritableMessage(error, out).replace('PDF', '汇报文件'))
    }
    io.out(`已生成汇报初稿：${resolve(out)}（${briefing.slides.length} 张幻灯片）\n`)
    return 0
  },
}

export const pdfCommand: Command = {
  usage: 'pdf BRIEFING.json -o OUT.pdf [--layout 1|2|3|4|6|notes] [--paper A4|A4-landscape] [--range 1-5] [--include-hidden] [--header 文字] [--marking 文字] [--watermark 文字] [--report 报告.json]',
  summary: '把汇报导出为 PDF：每页 1 张幻灯片、2/3/4/6 张的讲义或备注页',
  valueFlags: ['out', 'layout', 'paper', 'range', 'header', 'marking', 'watermark', 'date', 'report'],
  run: async ({ args, io }) => {
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
      throw new CliError(`--paper 只能是 ${PDF_PAPERS.join(' 或 ')}，收到“${paper}”。`)
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
    const briefing = await readJson(file, BriefingContentSchema, '汇报文件')
    const reportFile = stringFlag(args.flags, 'report')
    const reports = reportFile ? [await readJson(reportFile, ReportContentSchema, '报告文件')] : undefined
    try {
      const result = await renderBriefingPdf({ briefing, options: parsed.data, ...(reports ? { reports } : {}) })
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
