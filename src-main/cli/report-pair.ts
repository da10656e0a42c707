/** Reading reports for `compare` and `draft --previous`, and checking that two of them make a pair. */
import { pairDoubts, yearMatch } from '../../src-shared/compare/pair-check'
import { ReportContentSchema, type ReportContent } from '../../src-shared/schemas/report'
import { CliError, readJson, type CliIO } from './args'

export function readReport(file: string): Promise<ReportContent> {
  return readJson(file, ReportContentSchema, '报告文件（请先用 huibao import 文件 --json 导出报告）')
}

/**
 * Last year's report and this year's, checked: of one place and consecutive years, else refused unless `force`.
 * With `swap`, two reports given the other way round are put in order (with a note on stderr).
 */
export function checkedPair(previous: ReportContent, current: ReportContent, o: { force: boolean; swap: boolean }, io: CliIO): [ReportContent, ReportContent] {
  if (o.swap && yearMatch(previous.year, current.year) === 'reversed') {
    io.err(`注意：${previous.year}年的报告晚于${current.year}年的报告，已按年份先后对照。\n`)
    ;[previous, current] = [current, previous]
  }
  const doubts = pairDoubts(previous, current)
  if (doubts.length > 0 && !o.force) throw new CliError(`${doubts.join('')}确认要对照这两份报告时，加 --force 再运行。`)
  return [previous, current]
}
