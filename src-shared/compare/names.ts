/**
 * What a figure measures, for pairing a target with a result: its indicator when the vocabulary names one,
 * otherwise its whole label with words that change nothing dropped (never a part of it: 大棚 is not 蔬菜大棚).
 * And the scope a label names (区本级, 全社会), which must agree.
 */
import type { Metric } from '../schemas/report'
import { LABEL_HEADS, LABEL_TAILS, SCOPE_WORDS } from './words'

const HEADS = [...LABEL_HEADS].sort((a, b) => b.length - a.length)
const TAILS = [...LABEL_TAILS].sort((a, b) => b.length - a.length)
const SCOPES = [...SCOPE_WORDS].sort((a, b) => b.length - a.length)

function plain(label: string): string {
  return label.replace(/[\s“”"'‘’《》「」]/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

/** A label without the words that change nothing (`建成平安小区` → 平安小区, `绿化任务` → 绿化). */
export function comparableName(label: string): string {
  let s = plain(label)
  for (let again = true; again; ) {
    again = false
    for (const h of HEADS) {
      if (s.startsWith(h) && s.length > h.length + 1) {
        s = s.slice(h.length)
        again = true
        break
      }
    }
  }
  for (const t of TAILS) {
    if (s.endsWith(t) && s.length > t.length + 1) {
      s = s.slice(0, -t.length)
      break
    }
  }
  return s
}

/** What two figures must share to be paired: the indicator, or the comparable name. */
export function measureKey(m: Pick<Metric, 'indicator' | 'label'>): string {
  return m.indicator ? `indicator:${m.indicator}` : `label:${comparableName(m.label)}`
}

/** The scope word at the head of a label (`区本级固定资产投资` → 区本级), or null. */
export function scopeOf(label: string): string | null {
  const s = plain(label)
  return SCOPES.find((w) => s.startsWith(w)) ?? null
}

/** Two labels name different scopes: both name one, and not the same. */
export function scopesDiffer(a: string, b: string): boolean {
  const sa = scopeOf(a)
  const sb = scopeOf(b)
  return sa !== null && sb !== null && sa !== sb
}
