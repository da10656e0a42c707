/**
 * A pair's judgement in words, for the CLI, the slides' speaker notes and the comparison view's zh-CN text:
 * `实际 7.2% < 目标 7.5% → 未完成`. The view writes the same from the same numbers in English (i18n).
 */
import { formatNumber } from '../charts/format'
import { assertNever } from '../assert-never'
import type { TargetPair } from './compare'
import type { Judgement } from './status'

const n = (x: number, unit: string) => `${formatNumber(x)}${unit}`
/** A tolerance rounded for reading: 2 % of 15.8 is 0.316. */
const tol = (x: number, unit: string) => n(Number.parseFloat(x.toPrecision(3)), unit)

/** How the result compared with the target under the rule, e.g. `实际 9.5% ≥ 目标 9%，超出不多于容差 0.5%`. */
export function comparisonText(j: Judgement, unit: string): string {
  const r = j.result
  const t = j.target
  if (r === null) return '本年报告没有同一指标、同一类型的数字'
  const R = `实际 ${n(r, unit)}`
  const T = `目标 ${n(t, unit)}`
  switch (j.rule) {
    case 'unreported':
      return '本年报告没有同一指标、同一类型的数字'
    case 'rise':
      if (r < t) return `${R} < ${T}`
      if (r === t) return `${R} = ${T}`
      return r > t + j.tolerance ? `${R} > ${T}，超出多于容差 ${tol(j.tolerance, unit)}` : `${R} ≥ ${T}，超出不多于容差 ${tol(j.tolerance, unit)}`
    case 'fall':
      if (r > t) return `${R} > ${T}，降幅不足`
      return r < t - j.tolerance ? `${R} < ${T}，多降超过容差 ${tol(j.tolerance, unit)}` : `${R} ≤ ${T}`
    case 'about':
      if (r < t - j.tolerance) return `${R} 低于${T}，差距多于容差 ${tol(j.tolerance, unit)}`
      if (r > t + j.tolerance) return `${R} 高于${T}，差距多于容差 ${tol(j.tolerance, unit)}`
      return `${R} 与${T}相差不超过容差 ${tol(j.tolerance, unit)}`
    case 'about-ceiling':
      return r <= t + j.tolerance ? `${R} ≤ ${T} + 容差 ${tol(j.tolerance, unit)}` : `${R} > ${T} + 容差 ${tol(j.tolerance, unit)}`
    case 'cap':
      return r <= t ? `${R} ≤ ${T}` : `${R} > ${T}`
    case 'range': {
      const hi = j.high ?? t
      const range = `目标区间 ${formatNumber(Math.min(t, hi))}—${n(Math.max(t, hi), unit)}`
      return r >= Math.min(t, hi) && r <= Math.max(t, hi) ? `${R} 在${range}内` : `${R} 在${range}外`
    }
    default:
      return assertNever(j.rule)
  }
}

/** The judgement in one line: `实际 7.2% < 目标 7.5% → 未完成`. */
export function judgementText(j: Judgement, unit: string): string {
  return `${comparisonText(j, unit)} → ${j.status}`
}

/**
 * What a pair says in a speaker's notes and the CLI: both quotes, the comparison, the status; a person's
 * correction said as such.
 */
export function pairNote(p: TargetPair): string {
  const target = `目标“${p.target.quote}”`
  const result = p.result ? `，实际“${p.result.quote}”` : '，本年报告未提及'
  const judged = p.corrected.status ? `人工核定为${p.status}（按规则：${judgementText(p.judgement, p.target.unit)}）` : judgementText(p.judgement, p.target.unit)
  return `${p.name}：${target}${result}；${judged}。`
}
