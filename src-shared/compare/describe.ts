/**
 * A pair's judgement in words, for the CLI, the slides' speaker notes and the comparison view:
 * `实际 7.2% < 目标 7.5% → 未完成`. Each way a comparison can come out is one template with {result}, {target} and
 * {tolerance}; the view's zh-CN text is these templates, its English text translates them (i18n).
 */
import { formatNumber } from '../charts/format'
import { assertNever } from '../assert-never'
import type { TargetPair } from './compare'
import type { Judgement } from './status'

export const APPLIED_KINDS = [
  'none',
  'rise-below',
  'rise-equal',
  'rise-within',
  'rise-above',
  'fall-short',
  'fall-within',
  'fall-beyond',
  'about-below',
  'about-above',
  'about-within',
  'ceiling-within',
  'ceiling-above',
  'cap-within',
  'cap-above',
  'range-inside',
  'range-outside',
] as const
export type AppliedKind = (typeof APPLIED_KINDS)[number]

export const APPLIED_TEXT: { readonly [K in AppliedKind]: string } = {
  none: '本年报告没有同一指标、同一类型的数字',
  'rise-below': '实际 {result} < 目标 {target}',
  'rise-equal': '实际 {result} = 目标 {target}',
  'rise-within': '实际 {result} ≥ 目标 {target}，超出不多于容差 {tolerance}',
  'rise-above': '实际 {result} > 目标 {target}，超出多于容差 {tolerance}',
  'fall-short': '实际 {result} > 目标 {target}，降幅不足',
  'fall-within': '实际 {result} ≤ 目标 {target}',
  'fall-beyond': '实际 {result} < 目标 {target}，多降超过容差 {tolerance}',
  'about-below': '实际 {result} 低于目标 {target}，差距多于容差 {tolerance}',
  'about-above': '实际 {result} 高于目标 {target}，差距多于容差 {tolerance}',
  'about-within': '实际 {result} 与目标 {target} 相差不超过容差 {tolerance}',
  'ceiling-within': '实际 {result} ≤ 目标 {target} + 容差 {tolerance}',
  'ceiling-above': '实际 {result} > 目标 {target} + 容差 {tolerance}',
  'cap-within': '实际 {result} ≤ 目标 {target}',
  'cap-above': '实际 {result} > 目标 {target}',
  'range-inside': '实际 {result} 在目标区间 {target} 内',
  'range-outside': '实际 {result} 在目标区间 {target} 外',
}

export interface Applied {
  kind: AppliedKind
  values: { result: string; target: string; tolerance: string }
}

const n = (x: number, unit: string) => `${formatNumber(x)}${unit}`

/** How the result compared with the target under the rule, and the figures to write in the words. */
export function applied(j: Judgement, unit: string): Applied {
  const r = j.result
  const t = j.target
  const tol = j.tolerance
  const hi = j.high ?? t
  const values = {
    result: r === null ? '' : n(r, unit),
    target: j.rule === 'range' ? `${formatNumber(Math.min(t, hi))}—${n(Math.max(t, hi), unit)}` : n(t, unit),
    // 2 % of 15.8 is 0.316: rounded for reading.
    tolerance: n(Number.parseFloat(tol.toPrecision(3)), unit),
  }
  const kind = (k: AppliedKind): Applied => ({ kind: k, values })
  if (r === null) return kind('none')
  switch (j.rule) {
    case 'unreported':
      return kind('none')
    case 'rise':
      return kind(r < t ? 'rise-below' : r === t ? 'rise-equal' : r > t + tol ? 'rise-above' : 'rise-within')
    case 'fall':
      return kind(r > t ? 'fall-short' : r < t - tol ? 'fall-beyond' : 'fall-within')
    case 'about':
      return kind(r < t - tol ? 'about-below' : r > t + tol ? 'about-above' : 'about-within')
    case 'about-ceiling':
      return kind(r <= t + tol ? 'ceiling-within' : 'ceiling-above')
    case 'cap':
      return kind(r <= t ? 'cap-within' : 'cap-above')
    case 'range':
      return kind(r >= Math.min(t, hi) && r <= Math.max(t, hi) ? 'range-inside' : 'range-outside')
    default:
      return assertNever(j.rule)
  }
}

/** A template with its {names} filled in. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** The judgement in one line: `实际 7.2% < 目标 7.5% → 未完成`. */
export function judgementText(j: Judgement, unit: string): string {
  const a = applied(j, unit)
  return `${fillText(APPLIED_TEXT[a.kind], a.values)} → ${j.status}`
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
