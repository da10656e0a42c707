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

/** A threshold inside the name of what is counted, written with 的 (tokens/figures.ts thresholdBeforeName). */
describe('the tokeniser reads no figure in a threshold before 的 and a name', () => {
  it('reads 超50亿元的重大项目 and 营业收入过百亿元的企业 as names, and the count after them as the figure', () => {
    expect(figures('谋划一批投资超50亿元的重大项目，营业收入过300亿元的企业达到4家。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['营业收入过300亿元的企业', 4, '家'],
    ])
  })

  it('keeps an amount whose own goal or footing follows 的 (超过600亿元的目标, 的基础上)', () => {
    expect(units('引进到位资金超过600亿元的基础上，社会融资超过900亿元的规模')).toEqual([
      [600, '亿元'],
      [900, '亿元'],
    ])
  })
})
