import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { differences, labelledReports, matchFigures, scoreReport } from '../../../../bench/corpus-score'

/**
 * The sample (Yulin 2024) against its hand labels, scored as bench/corpus-score.ts scores every labelled report:
 * a found figure has the label's value and unit and a quote that holds the label's quote or is held by it.
 */
const sample = labelledReports()[0]!
const result = analyzeReportText(sample.text)

describe('quality against the Yulin 2024 fixture', () => {
  it('finds the title, the 3 top sections and their subsection counts', () => {
    expect(result.title).toBe(sample.labels.title)
    expect(result.year).toBe(2024)
    expect(result.sections.map((s) => s.number + s.title)).toEqual(sample.labels.topSections)
    const counts = Object.fromEntries(result.sections.map((s) => [s.number.replace('、', ''), s.children.length]))
    expect(counts).toEqual(sample.labels.subSectionCounts)
  })

  it('finds all 47 labelled figures, and all but one exactly', () => {
    const score = scoreReport(sample.name, sample.labels.metrics, result)
    console.log([`Yulin 2024: found ${score.found}/${score.labelled}, exact ${score.exact}`, ...score.misses].join('\n  '))
    expect(score.found).toBe(47)
    // The one difference is a labelling choice the corpus labels contradict: the sample keeps
    // “三公两费”压减 (verb and quote marks) where Guangdong and Hailar label the same construction without them.
    const matched = matchFigures(sample.labels.metrics, result.metrics)
    const wrong = sample.labels.metrics.filter((e, k) => differences(e, matched[k]!).length > 0).map((e) => e.label)
    expect(wrong).toEqual(['“三公两费”压减'])
  })

  it('quotes exactly what the labels quote for nine figures in ten', () => {
    const matched = matchFigures(sample.labels.metrics, result.metrics)
    const exactQuotes = sample.labels.metrics.filter((e, k) => matched[k]?.quote === e.quote).length
    expect(exactQuotes / sample.labels.metrics.length).toBeGreaterThanOrEqual(0.9)
  })

  it('slices every quote verbatim from the original text, ids in order', () => {
    result.metrics.forEach((m, k) => {
      expect(m.id).toBe(`m${k + 1}`)
      expect(sample.text.slice(m.start, m.end)).toBe(m.quote)
    })
  })
})
