import { VERBS_OF_RECEIVING } from '../words/verbs'
import { resultBeforeParticleAt } from './aspect-particle'
import { cleanLabel, predicateAfter } from './clause'

/** How far what the things counted got may run to the end of its clause (`受到国务院和省政府真抓实干激励表彰`). */
const RECEIVED_MAX = 20

/**
 * What the people or things counted got, right after their noun, to the end of the clause: a verb with its complement
 * of result and 了 (`用上了管道天然气`), or a verb of receiving (`受到全国表彰`); '' when none. It says which are counted,
 * so it stays in the label (`3.8万户家庭用上了管道天然气` → 家庭用上管道天然气, `3名个人受到全国表彰` → 个人受到全国表彰).
 */
export function receivedAfter(norm: string, at: number): string {
  if (!resultBeforeParticleAt(norm, at) && !VERBS_OF_RECEIVING.some((w) => norm.startsWith(w, at))) return ''
  return predicateAfter(norm, at, RECEIVED_MAX)
}

/** The words of what was received, for a label: without 了 and quotation marks. */
export function receivedLabel(received: string): string {
  return cleanLabel(received).replace(/了/g, '')
}
