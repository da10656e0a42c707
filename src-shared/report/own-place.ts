import { indicatorOf } from './indicators'
import { shortProvinceName } from './words/places'

/**
 * A report names its own place before a headline indicator as 全省 would (`西藏生产总值` in Tibet's report): the
 * indicator without it is the label. Only before a known indicator, so names stay whole (`天津港`, `西藏银行`).
 */
export function withoutOwnPlace(label: string, place: string | null): string {
  if (!place) return label
  const short = shortProvinceName(place)
  if (short.length < 2 || !label.startsWith(short)) return label
  const rest = label.slice(short.length)
  return rest.length >= 2 && indicatorOf(rest) !== null ? rest : label
}
