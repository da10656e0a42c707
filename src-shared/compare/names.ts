/**
 * What a figure measures, for pairing a target with a result: its indicator when the vocabulary names one,
 * otherwise its whole label with words that change nothing dropped (never a part of it: 大棚 is not 蔬菜大棚).
 */
import type { Metric } from '../schemas/report'
import { LABEL_HEADS, LABEL_TAILS } from './words'

const HEADS = [...LABEL_HEADS].sort((a, b) => b.length - a.length)
const TAILS = [...LABEL_TAILS].sort((a, b) => b.length - a.length)

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

