/** `huibao compare LAST.json THIS.json [--json]`: last year's targets against this year's results (目标完成情况). */
import { compareReports, type ReportComparison, type TargetPair } from '../../src-shared/compare/compare'
import { judgementText } from '../../src-shared/compare/describe'
import { RULE_TEXT, TOLERANCE_TEXT } from '../../src-shared/compare/status'
import { CliError, type Command } from './args'
import { checkedPair, readReport } from './report-pair'

/** A pair as the JSON prints it: everything the comparison knows, with the rule in words. */
function pairJson(p: TargetPair) {
  return { ...p, rule: { kind: p.judgement.rule, text: RULE_TEXT[p.judgement.rule], applied: judgementText(p.judgement, p.target.unit) } }
}

export function comparisonJson(c: ReportComparison) {
  return { ...c, tolerance: TOLERANCE_TEXT, pairs: c.pairs.map(pairJson) }
}

function comparisonText(c: ReportComparison): string {
  const year = c.year === null ? '上年' : `${c.year}年`
  const head = `${year}目标完成情况（${c.previous.place ?? '地区不明'}）：超额完成 ${c.counts.超额完成} 项，完成 ${c.counts.完成} 项，未完成 ${c.counts.未完成} 项，未报告 ${c.counts.未报告} 项`
  const lines = c.pairs.map((p) => {
    const mark = p.included ? '' : '（未计入）'
    const result = p.result ? p.result.text : '—'
    return `${p.status}\t${p.name}${mark}\t目标 ${p.target.text}\t实际 ${result}\t${judgementText(p.judgement, p.target.unit)}`
  })
  return `${[head, ...lines, TOLERANCE_TEXT].join('\n')}\n`
}

export const compareCommand: Command = {
  usage: 'compare LAST.json THIS.json [--json] [--force]',
  summary: '对照上年报告的目标和本年报告的完成情况（完成 / 超额完成 / 未完成 / 未报告）；两份报告须为同一地区的相邻年份，否则加 --force',
  run: async ({ args, io }) => {
    const [lastFile, thisFile] = args.positionals
    if (!lastFile || !thisFile) throw new CliError('请指定两份报告：huibao compare 上年报告.json 本年报告.json --json')
    const [previous, current] = checkedPair(await readReport(lastFile), await readReport(thisFile), { force: args.flags.get('force') === true, swap: true }, io)
    const c = compareReports(previous, current)
    io.out(args.flags.get('json') === true ? `${JSON.stringify(comparisonJson(c), null, 2)}\n` : comparisonText(c))
    return 0
  },
}
