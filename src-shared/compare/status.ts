/**
 * The rule that decides how far a result meets its target (目标完成情况), written down once: the comparison
 * view shows it beside every pair, the CLI prints it, and the slides' notes repeat it.
 *
 * Tolerance: 0.5 for percentages and percentage points (`%`, `个百分点`); 2 % of the target for amounts and
 * counts. “More than the tolerance” is strict: 9.5% against 9% is 完成, not 超额完成.
 *
 *   rise or level (plain, 以上, 超, 突破, 不低于, 不少于): r ≥ t → 完成, 超额完成 when r > t + tolerance; else 未完成
 *   about (左右, 约, 近):      |r − t| ≤ tolerance → 完成; above → 超额完成; below → 未完成
 *   about a ceiling (左右 of prices, unemployment, deficits): r ≤ t + tolerance → 完成; else 未完成
 *   cap (以内, 以下, 不超过, 控制在; and a plain figure of a ceiling or lower-is-better indicator): r ≤ t → 完成
 *   fall (下降3% = −3; 以上 or plain): r ≤ t → 完成, 超额完成 when r < t − tolerance; else 未完成
 *   range lo–hi: inside → 完成; beyond its better end → 超额完成; short of its worse end → 未完成
 *     (for a fall or a ceiling the better end is the lower one)
 *   no result of the same indicator and kind → 未报告 (never a guess)
 */
import type { CompletionStatus, MetricKind, Qualifier } from '../schemas/report'
import type { IndicatorDef } from '../report/indicators'
import { assertNever } from '../assert-never'

export const RULE_KINDS = ['rise', 'about', 'about-ceiling', 'cap', 'fall', 'range', 'unreported'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

/** What a person reads for each rule (slides, CLI); the interface text repeats it in both languages. */
export const RULE_TEXT: { readonly [K in RuleKind]: string } = {
  rise: '增长或达到目标（含“以上”“超”“突破”“不低于”“不少于”）：实际不低于目标即为完成，超出目标多于容差为超额完成',
  about: '“左右”目标：与目标相差不超过容差为完成，高出更多为超额完成，低出更多为未完成',
  'about-ceiling': '价格、失业率等上限指标的“左右”目标：不高于目标加容差即为完成',
  cap: '上限目标（“以内”“以下”“不超过”“控制在”）：不高于目标即为完成',
  fall: '下降目标：降幅不小于目标即为完成，多降超过容差为超额完成',
  range: '区间目标：落在区间内为完成，优于区间为超额完成，差于区间为未完成',
  unreported: '本年报告没有同一指标、同一类型的数字：未报告（不作推测）',
}

export const TOLERANCE_TEXT = '容差：百分数和百分点为 0.5，总量和数量为目标的 2%'

/** A status as a name for code (CSS classes, interface-text keys, colour variables). */
export const STATUS_SLUGS: { readonly [S in CompletionStatus]: 'exceeded' | 'done' | 'missed' | 'unreported' } = {
  超额完成: 'exceeded',
  完成: 'done',
  未完成: 'missed',
  未报告: 'unreported',
}

/** Units whose tolerance is 0.5 (of a percentage point); any other unit takes 2 % of the target. */
const POINT_UNITS = new Set(['%', '个百分点', '百分点', '‰'])

/** The tolerance for a target: 0.5 for percentages and points, 2 % of the target for amounts and counts. */
export function toleranceOf(target: { value: number; unit: string }): number {
  return POINT_UNITS.has(target.unit) ? 0.5 : Math.abs(target.value) * 0.02
}

/** Bounds that cap a target. */
const CAPS: ReadonlySet<Qualifier> = new Set<Qualifier>(['以内', '以下', '不超过', '控制在'])
/** Bounds that make a target approximate. */
const ABOUT: ReadonlySet<Qualifier> = new Set<Qualifier>(['左右', '约', '近'])

export interface TargetFigure {
  value: number
  /** The upper end of a range, or null. */
  high: number | null
  unit: string
  qualifier: Qualifier | null
  kind: MetricKind
}

/** How a result was judged: the status, the rule applied, and the figures it compared (in the target's unit). */
export interface Judgement {
  status: CompletionStatus
  rule: RuleKind
  /** The result in the target's unit; null when there is none. */
  result: number | null
  target: number
  /** The upper end of a range target. */
  high: number | null
  tolerance: number
}

/** Which rule a target falls under, from its bound, its sign and which way its indicator is better. */
export function ruleFor(target: TargetFigure, better: IndicatorDef['better'] | null): Exclude<RuleKind, 'unreported'> {
  if (target.high !== null) return 'range'
  const q = target.qualifier
  const lowerIsBetter = better === 'ceiling' || better === 'lower'
  if (q !== null && CAPS.has(q)) return 'cap'
  if (q !== null && ABOUT.has(q)) return lowerIsBetter ? 'about-ceiling' : 'about'
  // A rank is better when smaller: 前移 to 10th meets 12th.
  if (target.kind === 'rank') return 'cap'
  if (target.value < 0 && (target.kind === 'growth' || target.kind === 'change')) return 'fall'
  // A plain figure of a price or an energy intensity is a ceiling: 居民消费价格涨幅3% is met by 2%.
  if (q === null && lowerIsBetter) return 'cap'
  return 'rise'
}

/**
 * Judges `result` (already in the target's unit) against the target; null: nothing reported.
 */
export function judge(target: TargetFigure, result: number | null, better: IndicatorDef['better'] | null): Judgement {
  const tolerance = toleranceOf(target)
  const base = { result, target: target.value, high: target.high, tolerance }
  if (result === null) return { ...base, status: '未报告', rule: 'unreported' }
  const rule = ruleFor(target, better)
  return { ...base, rule, status: statusBy(rule, target, result, tolerance, better) }
}

function statusBy(rule: Exclude<RuleKind, 'unreported'>, target: TargetFigure, r: number, tol: number, better: IndicatorDef['better'] | null): CompletionStatus {
  const t = target.value
  switch (rule) {
    case 'rise':
      return r < t ? '未完成' : r > t + tol ? '超额完成' : '完成'
    case 'fall':
      return r > t ? '未完成' : r < t - tol ? '超额完成' : '完成'
    case 'about':
      return r < t - tol ? '未完成' : r > t + tol ? '超额完成' : '完成'
    case 'about-ceiling':
      return r <= t + tol ? '完成' : '未完成'
    case 'cap':
      return r <= t ? '完成' : '未完成'
    case 'range': {
      const lo = Math.min(t, target.high ?? t)
      const hi = Math.max(t, target.high ?? t)
      // The better end: the lower one for a fall or an indicator that is better lower.
      const downward = t < 0 || better === 'ceiling' || better === 'lower'
      if (r >= lo && r <= hi) return '完成'
      if (downward) return r < lo ? '超额完成' : '未完成'
      return r > hi ? '超额完成' : '未完成'
    }
    default:
      return assertNever(rule)
  }
}
