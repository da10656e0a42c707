/**
 * `huibao pptx`: export a briefing as a PowerPoint deck that opens and edits in WPS and PowerPoint.
 *
 *   huibao pptx BRIEFING.json -o OUT.pptx [--report REPORT.json …]
 *
 * BRIEFING.json is what `draft` writes or a stored briefing file; REPORT.json what `import --json` prints or a
 * stored report (the speaker notes then quote where each figure comes from). Failures are one Chinese line
 * (CliError); warnings go to stderr as “提示：…”.
 */
import { resolve } from 'node:path'
import { PptxExportError } from '../services/pptx/errors'
import { CliError, stringFlag, type Command } from './args'
import { briefingImages, readBriefingFile, readReportFlag } from './briefing-file'

export const pptxCommand: Command = {
  usage: 'pptx BRIEFING.json -o OUT.pptx [--report 报告.json …]',
  summary: '把汇报导出为可编辑的 PPT（.pptx）：文字可改，图表为原生图表，备注附指标出处；WPS 和 PowerPoint 均可打开',
  valueFlags: ['out', 'report'],
  run: async (ctx) => {
    const { args, io, workspace } = ctx
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定汇报文件：huibao pptx 汇报.json -o 汇报.pptx')
    const out = stringFlag(args.flags, 'out')
    if (out === undefined) throw new CliError('请用 -o 指定输出的 PPT 文件，例如：huibao pptx 汇报.json -o 汇报.pptx')
    if (!out.toLowerCase().endsWith('.pptx')) throw new CliError(`输出文件应以 .pptx 结尾，收到“${out}”。`)
    const briefing = await readBriefingFile(file)
    const reports = await readReportFlag(ctx)
    // Loaded here, not at the top: `huibao --help` and the other commands never pay for pptxgenjs.
    const { renderBriefingPptx, writePptxFile } = await import('../services/pptx/export')
    try {
      const images = await briefingImages(briefing, file, workspace)
      const result = await renderBriefingPptx({ briefing, images, ...(reports ? { reports } : {}) })
      await writePptxFile(out, result.bytes)
      for (const w of result.warnings) io.err(`提示：${w}\n`)
      io.out(`已导出 PPT：${resolve(out)}（${result.slideCount} 张幻灯片）\n`)
      return 0
    } catch (error) {
      if (error instanceof PptxExportError) throw new CliError(error.message)
      throw error
    }
  },
}
