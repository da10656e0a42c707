/** A copy of a list with item `i` replaced. */
export function replaceAt<T>(items: readonly T[], i: number, value: T): T[] {
  const copy = [...items]
  copy[i] = value
  return copy
}
