import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** rules/rank.ts: a rank after 均 over a 分别 list; rules/head-of-first.ts: a base per unit of land before the list. */
describe('rule: rank, after 均 over a 分别 list', () => {
  it('gives a base per unit of land before the first item to every item', () => {
    expect(figures('每亩产值、纯收入分别达到8000元和3500元。').map((m) => m.label)).toEqual(['每亩产值', '每亩纯收入'])
    expect(figures('每公顷粮食产量、蔬菜产量分别达到6.2吨和40吨。').map((m) => m.label)).toEqual(['每公顷粮食产量', '每公顷蔬菜产量'])
  })
  it('ranks each item of the list, not a figure of the clause before', () => {
    const ranks = figures('旅游收入达到95亿元，每平方公里税收、工业产值分别达到1.2亿元和6亿元，均居全省第一。').filter((m) => m.kind === 'rank')
    expect(ranks.map((m) => m.label)).toEqual(['每平方公里税收', '每平方公里工业产值'])
    // Whether 均 reaches the figure before the list as well is not known: a person checks.
    expect(ranks.every((m) => m.confidence.level === 'low')).toBe(true)
  })
  it('leaves the ranks of a list with nothing before it sure', () => {
    const ranks = figures('每平方公里税收、工业产值分别达到1.2亿元和6亿元，均居全省第一。').filter((m) => m.kind === 'rank')
    expect(ranks.map((m) => [m.label, m.confidence.level])).toEqual([['每平方公里税收', 'high'], ['每平方公里工业产值', 'high']])
  })
  it('still ranks each figure of separate clauses', () => {
    const ranks = figures('外贸进出口增长16%，加工贸易增长21%，均居全省第1位。').filter((m) => m.kind === 'rank')
    expect(ranks.map((m) => m.label)).toEqual(['外贸进出口', '加工贸易'])
  })
})
