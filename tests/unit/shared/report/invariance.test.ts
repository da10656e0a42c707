import { describe, expect, it } from 'vitest'
import { heldOutReports, labelledReports } from '../../../../bench/corpus-score'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { shortProvinceName } from '../../../../src-shared/report/words/places'

/**
 * The same report written another way must give the same figures: with full-width or half-width digits and
 * punctuation, as pasted from Word (CRLF, indented, blank lines), and without its title, date and speaker lines. Run over every labelled report (the corpus and the
 * held-out ones), so a rule that only works in one typing of the genre fails here.
 */
const reports = [...labelledReports(), ...heldOutReports()]

const toFullWidth = (s: string) => s.replace(/[0-9%.,;:()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const toHalfWidth = (s: string) => s.replace(/[０-９％．，；：（）！？]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/** A figure as a slide shows it; a label's digits and brackets in either width are the same label. */
const figures = (text: string) =>
  analyzeReportText(text).metrics.map((m) =>
    [m.label.normalize('NFKC'), m.value, m.high, m.unit.normalize('NFKC'), m.kind, m.period, m.qualifier, m.indicator].join('|'),
  )

describe('the same report typed another way gives the same figures', () => {
  it.each(reports.map((r) => [r.name, r.text] as const))('%s: full-width and half-width', (_name, text) => {
    const base = figures(text)
    expect(figures(toFullWidth(text))).toEqual(base)
    expect(figures(toHalfWidth(text))).toEqual(base)
  })

  /** As pasted from Word on Windows: CRLF, paragraphs indented with two ideographic spaces, blank lines between. */
  const asFromWord = (s: string) => s.split('\n').map((l) => (l.trim() ? '\u3000\u3000' + l : l)).join('\r\n\r\n')

  it.each(reports.map((r) => [r.name, r.text] as const))('%s: as pasted from Word', (_name, text) => {
    expect(figures(asFromWord(text))).toEqual(figures(text))
  })

  // The head is what stands before the address that opens the speech; a report whose first 各位代表 comes after its first
  // part heading (辽阳 2018 opens straight on 一、…) has no such address, and cutting there would drop a part.
  const firstAddress = (lines: readonly string[]) => lines.findIndex((l) => /^各位代表/.test(l.trim()))
  const firstPart = (lines: readonly string[]) => lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l.trim()))
  const headed = reports.filter((r) => {
    const lines = r.text.split('\n')
    const k = firstAddress(lines)
    const part = firstPart(lines)
    return k > 0 && (part < 0 || k < part)
  })

  it('has reports with a head to drop', () => {
    expect(headed.length).toBeGreaterThanOrEqual(5)
  })

  it.each(headed.map((r) => [r.name, r.text] as const))('%s: without its title, date and speaker lines', (_name, text) => {
    const lines = text.split('\n')
    const body = lines.slice(lines.findIndex((l) => /^各位代表/.test(l.trim()))).join('\n')
    const whole = analyzeReportText(text)
    expect(analyzeReportText(body).year).toBe(whole.year)
    // Only the head may name the place (我代表市人民政府 does not): without it, the place's own name may stay before
    // an indicator (杭州经济总量), where the headed report drops it. Nothing else may differ.
    // (The indicator read from such a label follows it, so it is left out of this comparison.)
    const own = whole.place ? shortProvinceName(whole.place) : ''
    const withoutOwn = (f: string) => (own && f.startsWith(own) ? f.slice(own.length) : f).replace(/\|[^|]*$/, '')
    expect(figures(body).map(withoutOwn)).toEqual(figures(text).map(withoutOwn))
  })
})
