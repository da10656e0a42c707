/** The starts of the lines of the last text asked about, so that a rule asking per figure stays linear. */
let cached: { norm: string; starts: number[] } | null = null

/** Where the line holding `at` starts (after the last `\n` before it). */
export function lineStartOf(norm: string, at: number): number {
  if (cached?.norm !== norm) {
    const starts = [0]
    for (let i = norm.indexOf('\n'); i >= 0; i = norm.indexOf('\n', i + 1)) starts.push(i + 1)
    cached = { norm, starts }
  }
  const { starts } = cached
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= at) lo = mid
    else hi = mid - 1
  }
  return starts[lo] as number
}
