/**
 * The slides of a comparison: 目标完成情况 tables (indicator, target, result, status in the theme's colours) and
 * an actual-vs-target chart of the growth pairs, each with its sources in both reports and its quotes and
 * rules in the speaker's notes. The one-click draft adds them when last year's report is at hand.
 *
 * On the tables: the headline indicators first (the 主要预期目标), then every other target that has a result or
 * that a person corrected; targets that were simply not reported beyond the headline ones, and pairs with a
 * 待核对 figure no person has confirmed, are named in the notes instead.
 */
import type { Slide } from '../schemas/briefing'
import type { SlideFigure, SlideSource } from '../schemas/slide-parts'
import { formatNumber } from '../charts/format'
import { slideIdFrom, type SlideFactoryOptions } from '../briefing/from-report'
import { MAX_TARGET_ROWS, NO_RESULT_TEXT, type TargetRow, type TargetsSlide } from '../slides/layouts/targets'
import type { ChartSlide } from '../slides/layouts/chart'
import type { FigureRef, ReportComparison, TargetPair } from './compare'
import { pairNote } from './describe'

/** A figure as a target table writes it: growth as 增长/下降, everything else as the report does. */
export function cellText(f: FigureRef, kind: TargetPair['kind']): string {
  if (kind !== 'growth') return f.text
  // figureText writes a fall as −3%: a table of targets says 下降3%.
  if (f.value < 0 && (f.high === null || f.high <= 0)) return `下降${f.text.replace(/-/g, '')}`
  return `增长${f.text}`
}

/** The pairs a drafted table shows, and the others with the reason they are only in the notes. */
export function tablePairs(c: ReportComparison): { shown: TargetPair[]; unreported: TargetPair[]; toCheck: TargetPair[] } {
  const included = c.pairs.filter((p) => p.included)
  const toCheck = included.filter((p) => p.needsCheck)
  const sure = included.filter((p) => !p.needsCheck)
  const worthShowing = (p: TargetPair) => p.headline || p.result !== null || p.corrected.status || p.corrected.result
  const shown = [...sure.filter((p) => p.headline), ...sure.filter((p) => !p.headline && worthShowing(p))]
  const unreported = sure.filter((p) => !worthShowing(p))
  return { shown, unreported, toCheck }
}

function row(p: TargetPair): TargetRow {
  return {
    label: p.name,
    target: cellText(p.target, p.kind),
    result: p.result ? cellText(p.result, p.kind) : NO_RESULT_TEXT,
    status: p.status,
    metricIds: [p.target.metricId, ...(p.result ? [p.result.metricId] : [])],
  }
}

/** Sources in both reports: the results in this year's, the targets in last year's. */
function sources(c: ReportComparison, pairs: readonly TargetPair[]): SlideSource[] {
  const results = pairs.flatMap((p) => (p.result ? [p.result.metricId] : []))
  return [
    { reportId: c.current.id, metricIds: results },
    { reportId: c.previous.id, metricIds: pairs.map((p) => p.target.metricId) },
  ]
}

const yearText = (y: number | null) => (y === null ? '' : `${y}年`)

/** 目标完成情况 tables, MAX_TARGET_ROWS rows each; none when no target is worth a row. */
export function completionTableSlides(c: ReportComparison, opts: SlideFactoryOptions = {}): TargetsSlide[] {
  const { shown, unreported, toCheck } = tablePairs(c)
  if (shown.length === 0) return []
  // As many slides as needed, the rows shared evenly (15 rows: 8 and 7, not 10 and 5).
  const per = Math.ceil(shown.length / Math.ceil(shown.length / MAX_TARGET_ROWS))
  const chunks: TargetPair[][] = []
  for (let i = 0; i < shown.length; i += per) chunks.push(shown.slice(i, i + per))
  const year = yearText(c.year)
  const title = opts.title ?? `${year}目标完成情况`
  const tail: string[] = []
  if (unreported.length > 0) tail.push(`本年报告未提及完成情况的其他目标：${unreported.map((p) => `${p.name}${p.target.text}`).join('、')}。`)
  if (toCheck.length > 0) tail.push(`数字待核对、未列入本表的目标：${toCheck.map((p) => p.name).join('、')}（请在“对照上年目标”中核对）。`)
  return chunks.map((chunk, i) => ({
    id: slideIdFrom(opts),
    layout: 'targets',
    title: chunks.length > 1 ? `${title}（${i + 1}/${chunks.length}）` : title,
    notes: [...chunk.map(pairNote), ...(i === chunks.length - 1 ? tail : [])].join('\n'),
    hidden: false,
    sources: sources(c, chunk),
    targetHeading: `${year}目标`,
    resultHeading: `${year}完成`,
    rows: chunk.map(row),
  }))
}

/** Growth rates with a result: the pairs an actual-vs-target chart compares. */
export function growthPairs(c: ReportComparison): TargetPair[] {
  return tablePairs(c).shown.filter((p) => p.kind === 'growth' && p.target.unit === '%' && p.result !== null)
}

/** An actual-vs-target chart of the growth pairs; null with fewer than two. */
export function completionChartSlide(c: ReportComparison, opts: SlideFactoryOptions = {}): ChartSlide | null {
  const pairs = growthPairs(c)
  if (pairs.length < 2) return null
  const year = c.year === null ? null : String(c.year)
  const figures: SlideFigure[] = pairs.map((p) => ({
    metricId: p.result!.metricId,
    label: p.name,
    value: p.judgement.result ?? p.result!.value,
    unit: p.target.unit,
    qualifier: p.result!.qualifier,
    period: year,
    target: { value: p.target.value, unit: p.target.unit, qualifier: p.target.qualifier, period: year === null ? null : `${year} target` },
  }))
  const next = c.year === null ? '' : `${formatNumber(c.year + 1)}年`
  return {
    id: slideIdFrom(opts),
    layout: 'chart',
    title: opts.title ?? `${yearText(c.year)}主要指标目标与实际`,
    notes: pairs.map(pairNote).join('\n'),
    hidden: false,
    sources: sources(c, pairs),
    chart: { type: 'target', title: '', figures },
    caption: c.year === null ? '目标出自上年报告，实际出自本年报告' : `目标出自${yearText(c.year)}政府工作报告，实际出自${next}政府工作报告`,
  }
}

/** Every slide of a comparison, in the order a briefing shows them: the tables, then the chart. */
export function completionSlides(c: ReportComparison, opts: Pick<SlideFactoryOptions, 'newId'> = {}): Slide[] {
  const tables = completionTableSlides(c, opts)
  const chart = completionChartSlide(c, opts)
  return [...tables, ...(chart ? [chart] : [])]
}
