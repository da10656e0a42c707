/** Where each line of a text starts: 0, and every offset after a `\n`. */
export function lineStartsOf(norm: string): number[] {
  const starts = [0]
  for (let k = norm.indexOf('\n'); k >= 0; k = norm.indexOf('\n', k + 1)) starts.push(k + 1)
  return starts
}

/** The index of the line holding offset `at` (binary search). */
export function lineIndexBefore(starts: readonly number[], at: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The starts of the lines of the last text asked about, so that a rule asking per figure stays linear. */
let cached: { norm: string; starts: number[] } | null = null

/** Where the line holding `at` starts (after the last `\n` before it). */
export function lineStartOf(norm: string, at: number): number {
  if (cached?.norm !== norm) cached = { norm, starts: lineStartsOf(norm) }
  return cached.starts[lineIndexBefore(cached.starts, at)] as number
}
