import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import type { Metric } from '../../../../src-shared/schemas/report'

/**
 * Scores the analysis against the hand labels of the Yulin 2024 report.
 *
 * Matching rule (documented, deliberately strict on numbers, lenient only on quote boundaries):
 *   a found metric matches a labelled one when value and unit are equal AND the two quotes overlap by
 *   containment (one contains the other). Each found metric matches at most one label, labels are matched
 *   in text order, and an exact quote match is preferred over a containing one. “Quote exact” counts the
 *   matches whose quote is identical, which is the target.
 */

interface Expected {
  label: string
  value: number
  unit: string
  kind: string
  qualifier: string | null
  period: string | null
  quote: string
}
interface Fixture {
  title: string
  topSections: string[]
  subSectionCounts: Record<string, number>
  metrics: Expected[]
}

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const seedPath = `${root}resources/sample/yulin-2024-government-work-report.txt`
const fixturePath = `${root}tests/fixtures/yulin-2024.expect.json`

function loadFixture(): Fixture {
  return JSON.parse(readFileSync(fixturePath, 'utf8')) as Fixture
}

function quotesOverlap(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a)
}

function matchMetrics(expected: Expected[], found: Metric[]): (Metric | null)[] {
  const used = new Set<string>()
  return expected.map((e) => {
    const candidates = found.filter(
      (f) => !used.has(f.id) && f.value === e.value && f.unit === e.unit && quotesOverlap(f.quote, e.quote),
    )
    const best = candidates.find((f) => f.quote === e.quote && f.label === e.label) ??
      candidates.find((f) => f.quote === e.quote) ??
      candidates[0] ?? null
    if (best) used.add(best.id)
    return best
  })
}

describe('quality against the Yulin 2024 fixture', () => {
  const text = readFileSync(seedPath, 'utf8')
  const fixture = loadFixture()
  const result = analyzeReportText(text)

  it('finds the title, the 3 top sections and their subsection counts', () => {
    expect(result.title).toBe(fixture.title)
    expect(result.sections.map((s) => s.number + s.title)).toEqual(fixture.topSections)
    const counts = Object.fromEntries(result.sections.map((s) => [s.number.replace('、', ''), s.children.length]))
    expect(counts).toEqual(fixture.subSectionCounts)
  })

  it('finds the labelled metrics with value, unit, quote, kind and period', () => {
    const exp = fixture.metrics
    const matched = matchMetrics(exp, result.metrics)
    let found = 0
    let quoteExact = 0
    let kindPeriod = 0
    let qualifier = 0
    let label = 0
    const misses: string[] = []
    exp.forEach((e, idx) => {
      const m = matched[idx]
      if (!m) {
        misses.push(`MISSING  ${e.label} ${e.value}${e.unit} «${e.quote}»`)
        return
      }
      found++
      if (m.quote === e.quote) quoteExact++
      else misses.push(`QUOTE    «${m.quote}» expected «${e.quote}»`)
      if (m.kind === e.kind && m.period === e.period) kindPeriod++
      else misses.push(`KIND/PER ${e.label}: ${m.kind}/${m.period} expected ${e.kind}/${e.period}`)
      if (m.qualifier === e.qualifier) qualifier++
      else misses.push(`QUALIF   ${e.label}: ${m.qualifier} expected ${e.qualifier}`)
      if (m.label === e.label) label++
      else misses.push(`LABEL    ${m.label} expected ${e.label}`)
    })
    const pct = (k: number): string => `${k}/${exp.length} (${((100 * k) / exp.length).toFixed(1)}%)`
    console.log(
      [
        `Yulin 2024 fixture — ${exp.length} labelled metrics, ${result.metrics.length} metrics extracted`,
        `  found (value+unit+quote overlap): ${pct(found)}`,
        `  quote exact:                      ${pct(quoteExact)}`,
        `  kind+period right:                ${pct(kindPeriod)}`,
        `  qualifier right:                  ${pct(qualifier)}`,
        `  label exact:                      ${pct(label)}`,
        ...misses.map((m) => `  ${m}`),
      ].join('\n'),
    )
    expect(found / exp.length).toBeGreaterThanOrEqual(0.95)
    expect(kindPeriod / exp.length).toBeGreaterThanOrEqual(0.9)
    expect(quoteExact / exp.length).toBeGreaterThanOrEqual(0.9)
  })

  it('slices every quote verbatim from the original text, ids in order', () => {
    result.metrics.forEach((m, k) => {
      expect(m.id).toBe(`m${k + 1}`)
      expect(text.slice(m.start, m.end)).toBe(m.quote)
    })
  })
})
