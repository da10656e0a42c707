import { describe, expect, it } from 'vitest'
import { figures } from './figures'

describe('a rate named by an action (办结率, 完成率) keeps the action', () => {
  it('the action before 率 is the rate’s name, not a verb taken off the label', () => {
    const rates = figures('承办省人大代表建议156件、省政协提案210件，办结率、满意率100%。').slice(2)
    expect(rates.map((m) => [m.label, m.value])).toEqual([['办结率、满意率', 100]])
  })

  it('an action before its object still goes (完成投资 → 投资 of the works)', () => {
    expect(figures('实施重点项目120个，完成投资356亿元。').map((m) => m.label)).toEqual(['重点项目', '重点项目投资'])
  })
})

describe('双 right before the verb or bound says both did, as 双双', () => {
  it('it leaves the label and gives each of the pair the figure; 双 inside a name stays', () => {
    expect(figures('金融机构存贷款余额双超2.3万亿元。').map((m) => [m.label, m.value, m.qualifier])).toEqual([
      ['金融机构存款余额', 2.3, '超'],
      ['金融机构贷款余额', 2.3, '超'],
    ])
    expect(figures('完成国省干线单改双86公里。').map((m) => m.label)).toEqual(['国省干线单改双'])
  })
})
