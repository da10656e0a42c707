/** `huibao draft REPORT.json -o BRIEFING.json`: draft a briefing from an analysed report. */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { draftBriefing } from '../../src-shared/briefing/draft'
import { ReportContentSchema } from '../../src-shared/schemas/report'
import { unwritableMessage } from '../services/pdf/errors'
import { CliError, readJson, stringFlag, type Command } from './args'

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

