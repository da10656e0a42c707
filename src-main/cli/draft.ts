/**
 * `huibao draft REPORT.json [--previous LAST.json] -o BRIEFING.json`: draft a briefing from an analysed report;
 * with last year's report, the draft includes 目标完成情况 (its targets against this report's results).
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { draftBriefing } from '../../src-shared/briefing/draft'
import { unwritableMessage } from '../services/pdf/errors'
import { CliError, stringFlag, type Command } from './args'
import { checkedPair, readReport } from './report-pair'

export const draftCommand: Command = {
  usage: 'draft REPORT.json [--previous LAST.json [--force]] -o BRIEFING.json',
  summary: '由报告（import --json 的输出或已保存的报告文件）生成汇报初稿；--previous 给出上年报告时含目标完成情况；不指定 -o 时输出到屏幕',
  valueFlags: ['out', 'previous'],
  run: async ({ args, io }) => {
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定报告文件：huibao draft 报告.json -o 汇报.json')
    let report = await readReport(file)
    const previousFile = stringFlag(args.flags, 'previous')
    let previous = previousFile === undefined ? undefined : await readReport(previousFile)
    if (previous) [previous, report] = checkedPair(previous, report, { force: args.flags.get('force') === true, swap: false }, io)
    const briefing = draftBriefing(report, previous ? { previous } : {})
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
    const targets = briefing.slides.filter((s) => s.layout === 'targets').length
    io.out(`已生成汇报初稿：${resolve(out)}（${briefing.slides.length} 张幻灯片${targets > 0 ? `，含目标完成情况 ${targets} 张` : ''}）\n`)
    return 0
  },
}

