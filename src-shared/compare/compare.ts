/**
 * 目标完成情况: every plan-year target of last year's report paired with the result this year's report gives
 * for the same indicator and the same kind (growth with growth, amount with amount), each with its status
 * and the rule applied (status.ts), both quotes kept. A target without such a result is 未报告: the pairing
 * never guesses from a similar name, another kind or a unit that measures something else.
 *
 * A person's corrections (a result picked by hand, a status set, a target left out or taken in) are kept on the
 * newer report (`comparison.overrides`) and applied here, so the view, the draft and the CLI agree.
 */
import { COMPLETION_STATUSES, type CompletionStatus, type ComparisonOverride, type Metric, type MetricKind, type Qualifier, type ReportContent } from '../schemas/report'
import { indicatorById } from '../report/indicators'
import { figureText } from '../report/figure-text'
import { needsCheck } from '../report/needs-check'
import { checkPair, type PairCheck } from './pair-check'
import { measureKey } from './names'
import { scopeOf, scopesDiffer } from '../report/scope'
import { judge, type Judgement } from './status'
import { isProjectSize, planYear, targetsOf } from './targets'
import { inUnit } from './units'

/** One figure of a pair, with where it comes from. */
export interface FigureRef {
  reportId: string
  metricId: string
  label: string
  value: number
  high: number | null
  unit: string
  qualifier: Qualifier | null
  written: string | null
  period: string | null
  /** The figure as the report writes it: `7.5%`, `4%以内`, `4.5%—5%`. */
  text: string
  /** The clause it came from, verbatim. */
  quote: string
  /** 待核对: the parser was not sure of it and no person has confirmed it. */
  needsCheck: boolean
}

export type ExclusionReason = 'project-size' | 'by-person'

export interface TargetPair {
  /** The target's metric id in the previous report: the key corrections name. */
  id: string
  indicator: string | null
  /** What a slide calls it: the indicator's standard name, else the target's label. */
  name: string
  kind: MetricKind
  /** One of the headline indicators (the 主要预期目标 of the genre). */
  headline: boolean
  target: FigureRef
  result: FigureRef | null
  /** The status shown: a person's, or the rule's. */
  status: CompletionStatus
  /** The rule applied to this target and result (its status is the rule's, whatever a person set). */
  judgement: Judgement
  /** The result's unit measures something else than the target's (a result a person paired by hand). */
  unitsDiffer: boolean
  /** A result of the same indicator but another scope (区本级 and 全社会): not paired, offered to a person. */
  otherScope: FigureRef | null
  /** In the table and on the slides. */
  included: boolean
  excluded: ExclusionReason | null
  corrected: { result: boolean; status: boolean }
  /** A person confirmed or corrected the pair. */
  confirmed: boolean
  /** A figure of the pair is 待核对 and no person has confirmed the pair. */
  needsCheck: boolean
}

export interface ReportSide {
  id: string
  title: string
  year: number | null
  place: string | null
}

export interface ReportComparison {
  previous: ReportSide
  current: ReportSide
  /** The year whose targets are compared: the previous report's plan year. */
  year: number | null
  check: PairCheck
  pairs: TargetPair[]
  /** Included pairs by status. */
  counts: Record<CompletionStatus, number>
  /** Corrections that name a target or result the reports no longer have (ignored). */
  staleOverrides: number
}

function side(r: ReportContent): ReportSide {
  return { id: r.id, title: r.title, year: r.year, place: r.place }
}

export function figureRef(reportId: string, m: Metric): FigureRef {
  return {
    reportId,
    metricId: m.id,
    label: m.label,
    value: m.value,
    high: m.high,
    unit: m.unit,
    qualifier: m.qualifier,
    written: m.written,
    period: m.period,
    text: figureText(m),
    quote: m.quote,
    needsCheck: needsCheck(m),
  }
}

/** Results of `year` in the current report that can answer `target`: same measure, kind and comparable unit. */
export function resultCandidates(target: Metric, results: readonly Metric[]): Metric[] {
  const key = measureKey(target)
  return results.filter((r) => r.kind === target.kind && measureKey(r) === key && inUnit(r.value, r.unit, target.unit) !== null)
}

/** The best of several answers: one the parser is sure of, then the first the report gives. */
function best(candidates: readonly Metric[]): Metric | null {
  return [...candidates].sort((a, b) => Number(needsCheck(a)) - Number(needsCheck(b)) || a.start - b.start)[0] ?? null
}

/** The figures of the current report that describe `year` (its review of the plan year). */
export function resultsOf(current: Pick<ReportContent, 'metrics'>, year: number): Metric[] {
  const period = String(year)
  return current.metrics.filter((m) => m.period === period)
}

/** The overrides that apply: those of the comparison with exactly this previous report. */
function overridesFor(previous: ReportContent, current: ReportContent): Map<string, ComparisonOverride> {
  const c = current.comparison
  return new Map(c && c.previousReportId === previous.id ? c.overrides.map((o) => [o.targetId, o]) : [])
}

/** The indicator's standard name, keeping the scope the target names (区本级固定资产投资); else the label. */
function nameOf(t: Metric, standard: string | null): string {
  if (standard === null) return t.label
  const scope = scopeOf(t.label)
  return scope !== null && !standard.startsWith(scope) ? scope + standard : standard
}

interface ResultChoice {
  result: Metric | null
  /** A person picked it (or picked none). */
  byHand: boolean
  /** A result of the same indicator but another scope, when none of the target's scope was found. */
  otherScope: Metric | null
  /** The person's pick names a figure the report no longer has (ignored). */
  stale: boolean
}

/** The result for a target: the matched one of the same scope, or the person's pick. */
function chooseResult(t: Metric, results: readonly Metric[], ov: ComparisonOverride | undefined, byId: ReadonlyMap<string, Metric>): ResultChoice {
  const candidates = resultCandidates(t, results)
  const matched = best(candidates.filter((r) => !scopesDiffer(t.label, r.label)))
  const auto = { result: matched, byHand: false, otherScope: matched === null ? best(candidates) : null, stale: false }
  if (ov?.resultId === undefined) return auto
  if (ov.resultId === null) return { result: null, byHand: true, otherScope: null, stale: false }
  const picked = byId.get(ov.resultId)
  return picked ? { result: picked, byHand: true, otherScope: null, stale: false } : { ...auto, stale: true }
}

function pairOf(t: Metric, previous: ReportContent, current: ReportContent, choice: ResultChoice, ov: ComparisonOverride | undefined): TargetPair {
  const def = indicatorById(t.indicator)
  const { result, byHand } = choice
  const converted = result ? inUnit(result.value, result.unit, t.unit) : null
  const judgement = judge(t, result ? (converted ?? result.value) : null, def?.better ?? null)
  const included = ov?.dropped !== undefined ? !ov.dropped : !isProjectSize(t, previous.text)
  const confirmed = ov !== undefined && (ov.confirmed === true || ov.status !== undefined || byHand)
  return {
    id: t.id,
    indicator: t.indicator,
    name: nameOf(t, def?.name ?? null),
    kind: t.kind,
    headline: (def?.headline ?? 0) > 0,
    target: figureRef(previous.id, t),
    result: result ? figureRef(current.id, result) : null,
    status: ov?.status ?? judgement.status,
    judgement,
    // A person who pairs figures in units that do not convert (335座 and 335户) says they count the same thing.
    unitsDiffer: result !== null && converted === null,
    otherScope: choice.otherScope ? figureRef(current.id, choice.otherScope) : null,
    included,
    excluded: included ? null : ov?.dropped ? 'by-person' : 'project-size',
    corrected: { result: byHand, status: ov?.status !== undefined },
    confirmed,
    needsCheck: !confirmed && (needsCheck(t) || (result !== null && needsCheck(result))),
  }
}

export function compareReports(previous: ReportContent, current: ReportContent): ReportComparison {
  const year = planYear(previous) ?? (current.year !== null ? current.year - 1 : null)
  const targets = year === null ? [] : targetsOf(previous, year)
  const results = year === null ? [] : resultsOf(current, year)
  const byId = new Map(current.metrics.map((m) => [m.id, m]))
  const overrides = overridesFor(previous, current)
  const targetIds = new Set(targets.map((t) => t.id))
  let stale = [...overrides.keys()].filter((id) => !targetIds.has(id)).length

  const pairs = targets.map((t) => {
    const ov = overrides.get(t.id)
    const choice = chooseResult(t, results, ov, byId)
    if (choice.stale) stale++
    return pairOf(t, previous, current, choice, ov)
  })

  const counts = Object.fromEntries(COMPLETION_STATUSES.map((s) => [s, 0])) as Record<CompletionStatus, number>
  for (const p of pairs) if (p.included) counts[p.status]++
  return { previous: side(previous), current: side(current), year, check: checkPair(previous, current), pairs, counts, staleOverrides: stale }
}

/**
 * The figures a person may pick as a target's result: this report's figures of the plan year and the same kind,
 * those in a unit that converts first, in the report's order.
 */
export function resultChoices(current: Pick<ReportContent, 'metrics'>, year: number | null, target: Pick<FigureRef, 'unit'> & { kind: MetricKind }): Metric[] {
  if (year === null) return []
  const same = resultsOf(current, year).filter((m) => m.kind === target.kind)
  const converts = (m: Metric) => (inUnit(m.value, m.unit, target.unit) !== null ? 0 : 1)
  return same.sort((a, b) => converts(a) - converts(b) || a.start - b.start)
}

/**
 * A correction of one pair merged into the comparison's list: fields set to undefined are cleared, and a
 * correction left with nothing in it is dropped.
 */
export function withOverride(overrides: readonly ComparisonOverride[], targetId: string, change: Partial<Omit<ComparisonOverride, 'targetId'>> | null): ComparisonOverride[] {
  const old = overrides.find((o) => o.targetId === targetId)
  const rest = overrides.filter((o) => o.targetId !== targetId)
  if (change === null) return rest
  const merged: Record<string, unknown> = { ...old, ...change, targetId }
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k]
  return Object.keys(merged).length > 1 ? [...rest, merged as ComparisonOverride] : rest
}
