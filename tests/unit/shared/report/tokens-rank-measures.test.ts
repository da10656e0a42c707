import { describe, expect, it } from 'vitest'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import { tokenizeFigures } from '../../../../src-shared/report/tokens/figures'
import { figures } from './figures'

const units = (text: string) => tokenizeFigures(normalizeForAnalysis(text), text).map((t) => [t.value, t.unit])

/** Words that open with a rank word but name a measure (words/numerals.ts MEASURES_OPENING_WITH_A_RANK). */
describe('the tokeniser reads no rank inside 首位度', () => {
  it('reads 首位度 as a measure and 首位 alone as a rank of 1', () => {
    expect(units('城市首位度提高到31.5%，居全省首位')).toEqual([
      [31.5, '%'],
      [1, '位'],
    ])
  })

  it('labels the primacy ratio by its whole name', () => {
    expect(figures('省会经济首位度达到26%。').map((m) => [m.label, m.value, m.kind])).toEqual([['省会经济首位度', 26, 'share']])
  })
})
