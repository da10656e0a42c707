import { describe, expect, it } from 'vitest'
import { formatPeriod, isSpan, isTarget, parsePeriod, period } from '../../../../src-shared/report/period-format'

describe('period strings', () => {
  it('parse and write back years, goals and spans', () => {
    for (const s of ['2023', '2024 target', '2021-2025', '2026-2030 target']) expect(formatPeriod(parsePeriod(s)!)).toBe(s)
    expect(parsePeriod('2021-2025')).toEqual({ from: 2021, to: 2025, target: false })
    expect(period(2026, 2030, true)).toBe('2026-2030 target')
    expect([isTarget('2026-2030 target'), isTarget('2023'), isSpan('2021-2025'), isSpan('2024 target')]).toEqual([true, false, true, false])
  })
  it('refuse what is not a period', () => {
    expect(['', 'soon', '2025-2021', null].map((s) => parsePeriod(s))).toEqual([null, null, null, null])
  })
})
