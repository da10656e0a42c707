import { OWNED_MEASURE_FAMILIES, OWNED_MEASURES, SECTORS_OF_A_MEASURE, STATES_OF_A_MEASURE } from '../words/labels'

const LONGEST = [...OWNED_MEASURES].sort((a, b) => b.length - a.length)

/**
 * `台州港货物吞吐量、集装箱吞吐量分别…`, `国有企业总资产、净资产分别达到…`: later list items that are each a measure of the
 * family the first item's measure belongs to (words/labels.ts) measure what the first item names, and take its owner
 * (台州港集装箱吞吐量, 国有企业净资产); a sector that makes one measure with the first one (工业总产值) is not the
 * owner's. Items of another family, or a first item whose owner is under two characters, leave the list as written.
 */
export function withOwnerOfFamily(items: readonly string[]): string[] {
  const first = items[0] as string
  const later = items.slice(1)
  const measure = LONGEST.find((m) => first.endsWith(m) && first.length >= m.length + 2)
  if (!measure || later.length === 0) return [...items]
  const sameFamily = (x: string) => x !== measure && OWNED_MEASURE_FAMILIES.some((family) => family.includes(measure) && family.includes(x))
  if (!later.every(sameFamily)) return [...items]
  const written = first.slice(0, -measure.length)
  const sector = SECTORS_OF_A_MEASURE.find((w) => written.endsWith(w) && written.length >= w.length + 2)
  const owner = withoutStateAtEnd(sector ? written.slice(0, -sector.length) : written)
  return [first, ...later.map((x) => owner + x)]
}

/**
 * An owner without the state its first measure was counted in (`新能源电力建成` → 新能源电力), when two characters are left:
 * a later measure of the list has a state of its own, or none.
 */
export function withoutStateAtEnd(owner: string): string {
  const state = STATES_OF_A_MEASURE.find((w) => owner.endsWith(w) && [...owner].length >= w.length + 2)
  if (!state) return owner
  const rest = owner.slice(0, -state.length)
  if (!/[和及与、]$/u.test(rest)) return rest
  // 动力电池产业建成和在建: states joined go together (动力电池产业); a state joined to something else stays (…研发和在建).
  const before = rest.slice(0, -1)
  const joined = withoutStateAtEnd(before)
  return joined !== before ? joined : owner
}
