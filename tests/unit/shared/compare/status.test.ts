import { describe, expect, it } from 'vitest'
import { QUALIFIERS, type CompletionStatus, type MetricKind, type Qualifier } from '../../../../src-shared/schemas/report'
import { judge, ruleFor, toleranceOf, type RuleKind, type TargetFigure } from '../../../../src-shared/compare/status'
import { judgementText } from '../../../../src-shared/compare/describe'

type Better = 'higher' | 'lower' | 'ceiling' | null
const target = (value: number, unit: string, qualifier: Qualifier | null = null, o: { high?: number; kind?: MetricKind } = {}): TargetFigure => ({
  value,
  unit,
  qualifier,
  high: o.high ?? null,
  kind: o.kind ?? (unit === '%' ? 'growth' : 'amount'),
})

describe('the tolerance', () => {
  it('is 0.5 for percentages and percentage points, 2 % of the target for amounts and counts', () => {
    expect(toleranceOf({ value: 7.5, unit: '%' })).toBe(0.5)
    expect(toleranceOf({ value: 1, unit: '个百分点' })).toBe(0.5)
    expect(toleranceOf({ value: 309, unit: '亿元' })).toBeCloseTo(6.18)
    expect(toleranceOf({ value: 5700, unit: '人' })).toBeCloseTo(114)
  })
})

/** [case, target, result, better, status, rule] */
const CASES: [string, TargetFigure, number | null, Better, CompletionStatus, RuleKind][] = [
  // rise or level, plain: 地区生产总值增长7.5%
  ['plain growth, short of it', target(7.5, '%'), 7.2, 'higher', '未完成', 'rise'],
  ['plain growth, met exactly', target(7.5, '%'), 7.5, 'higher', '完成', 'rise'],
  ['plain growth, exceeded by exactly the tolerance (strict: still 完成)', target(9, '%'), 9.5, 'higher', '完成', 'rise'],
  ['plain growth, exceeded by more than the tolerance', target(5, '%'), 13, 'higher', '超额完成', 'rise'],
  ['plain amount within 2 %', target(700, '万人次'), 704, 'higher', '完成', 'rise'],
  ['plain amount beyond 2 %', target(15.8, '亿元'), 17, 'higher', '超额完成', 'rise'],
  ['plain amount short', target(309, '亿元'), 303.6, 'higher', '未完成', 'rise'],
  ['a figure of no known indicator rises', target(136, '个', null, { kind: 'count' }), 136, null, '完成', 'rise'],
  // floors
  ['以上, short', target(5.5, '%', '以上'), 5.2, 'higher', '未完成', 'rise'],
  ['以上, met', target(5.5, '%', '以上'), 5.8, 'higher', '完成', 'rise'],
  ['以上, exceeded', target(5.5, '%', '以上'), 6.5, 'higher', '超额完成', 'rise'],
  ['超, met', target(50, '亿元', '超'), 50.5, 'higher', '完成', 'rise'],
  ['超过, short', target(2, '%', '超过'), 1.9, 'higher', '未完成', 'rise'],
  ['突破, exceeded', target(200, '亿元', '突破'), 230, 'higher', '超额完成', 'rise'],
  ['不低于, met', target(90, '%', '不低于', { kind: 'share' }), 90, 'higher', '完成', 'rise'],
  ['不少于, short', target(5, '家', '不少于', { kind: 'count' }), 4, 'higher', '未完成', 'rise'],
  ['多, exceeded', target(100, '家', '多', { kind: 'count' }), 120, 'higher', '超额完成', 'rise'],
  ['年均 in a plan year reads as plain', target(6, '%', '年均'), 6.2, 'higher', '完成', 'rise'],
  // about
  ['左右, within the tolerance below', target(6, '%', '左右'), 5.6, 'higher', '完成', 'about'],
  ['左右, within the tolerance above', target(6, '%', '左右'), 6.5, 'higher', '完成', 'about'],
  ['左右, above', target(6, '%', '左右'), 6.8, 'higher', '超额完成', 'about'],
  ['左右, below', target(6, '%', '左右'), 5.4, 'higher', '未完成', 'about'],
  ['约, within', target(3, '万人', '约', { kind: 'count' }), 3.05, 'higher', '完成', 'about'],
  ['近, below', target(3, '万人', '近', { kind: 'count' }), 2.8, 'higher', '未完成', 'about'],
  // about a ceiling: 居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右
  ['左右 of a price, well under', target(3, '%', '左右'), 1.2, 'ceiling', '完成', 'about-ceiling'],
  ['左右 of a price, within the tolerance over', target(3, '%', '左右'), 3.5, 'ceiling', '完成', 'about-ceiling'],
  ['左右 of unemployment, over', target(5.5, '%', '左右', { kind: 'share' }), 6.1, 'ceiling', '未完成', 'about-ceiling'],
  // caps
  ['以内, under', target(4, '%', '以内', { kind: 'share' }), 3.9, 'ceiling', '完成', 'cap'],
  ['以内, over', target(4, '%', '以内', { kind: 'share' }), 4.1, 'ceiling', '未完成', 'cap'],
  ['以下, at it', target(3, '%', '以下'), 3, 'ceiling', '完成', 'cap'],
  ['不超过, over', target(3, '%', '不超过'), 3.2, 'ceiling', '未完成', 'cap'],
  ['控制在, under', target(5.5, '%', '控制在', { kind: 'share' }), 5.2, 'ceiling', '完成', 'cap'],
  ['a cap bounds even an indicator that is better higher', target(20, '亿元', '以内'), 25, 'higher', '未完成', 'cap'],
  ['a plain figure of a ceiling indicator is a cap: 居民消费价格涨幅3%', target(3, '%'), 2, 'ceiling', '完成', 'cap'],
  ['a plain level of a lower-is-better indicator is a cap: PM2.5 35', target(35, '微克/立方米'), 38, 'lower', '未完成', 'cap'],
  ['a rank is better when smaller', target(10, '位', null, { kind: 'rank' }), 8, null, '完成', 'cap'],
  // falls: 单位地区生产总值能耗下降3% = −3
  ['fall, short', target(-3, '%'), -2.5, 'lower', '未完成', 'fall'],
  ['fall, met', target(-3, '%'), -3.4, 'lower', '完成', 'fall'],
  ['fall, beyond the tolerance', target(-3, '%'), -4, 'lower', '超额完成', 'fall'],
  ['fall with 以上 (下降3%以上)', target(-3, '%', '以上'), -3.2, 'lower', '完成', 'fall'],
  ['a fall of an indicator better higher (压减…)', target(-10, '%'), -12, null, '超额完成', 'fall'],
  // ranges: 4.5%—5%
  ['range, inside', target(4.5, '%', null, { high: 5 }), 4.8, 'higher', '完成', 'range'],
  ['range, at its ends', target(4.5, '%', null, { high: 5 }), 5, 'higher', '完成', 'range'],
  ['range, above', target(4.5, '%', null, { high: 5 }), 5.2, 'higher', '超额完成', 'range'],
  ['range, below', target(4.5, '%', null, { high: 5 }), 4.4, 'higher', '未完成', 'range'],
  ['a fall range (下降2%—3%), fell more', target(-2, '%', null, { high: -3 }), -3.5, 'lower', '超额完成', 'range'],
  ['a fall range, fell less', target(-2, '%', null, { high: -3 }), -1, 'lower', '未完成', 'range'],
  ['a ceiling range (2%—3%), under it', target(2, '%', null, { high: 3 }), 1.5, 'ceiling', '超额完成', 'range'],
  // nothing reported
  ['no result', target(7.5, '%'), null, 'higher', '未报告', 'unreported'],
  ['no result for a cap', target(4, '%', '以内'), null, 'ceiling', '未报告', 'unreported'],
]

describe('the status rule', () => {
  it.each(CASES)('%s', (_name, t, r, better, status, rule) => {
    const j = judge(t, r, better)
    expect(j.status).toBe(status)
    expect(j.rule).toBe(rule)
    // The rule in words ends with the status it gives.
    expect(judgementText(j, t.unit)).toMatch(new RegExp(`→ ${status}$`))
  })

  it('has a case for every status, every rule and every qualifier a target can carry', () => {
    const statuses = new Set(CASES.map((c) => c[4]))
    const rules = new Set(CASES.map((c) => c[5]))
    const qualifiers = new Set(CASES.map((c) => c[1].qualifier))
    expect([...statuses].sort()).toEqual(['完成', '未完成', '未报告', '超额完成'].sort())
    expect([...rules].sort()).toEqual(['about', 'about-ceiling', 'cap', 'fall', 'range', 'rise', 'unreported'])
    for (const q of QUALIFIERS) expect(qualifiers.has(q), q).toBe(true)
    expect(qualifiers.has(null)).toBe(true)
  })

  it('writes the comparison in words a person can check', () => {
    expect(judgementText(judge(target(7.5, '%'), 7.2, 'higher'), '%')).toBe('实际 7.2% < 目标 7.5% → 未完成')
    expect(judgementText(judge(target(9, '%'), 9.5, 'higher'), '%')).toBe('实际 9.5% ≥ 目标 9%，超出不多于容差 0.5% → 完成')
    expect(judgementText(judge(target(15.8, '亿元'), 17, 'higher'), '亿元')).toBe('实际 17亿元 > 目标 15.8亿元，超出多于容差 0.316亿元 → 超额完成')
    expect(judgementText(judge(target(4, '%', '以内'), 3.9, 'ceiling'), '%')).toBe('实际 3.9% ≤ 目标 4% → 完成')
    expect(judgementText(judge(target(4.5, '%', null, { high: 5 }), 4.8, 'higher'), '%')).toBe('实际 4.8% 在目标区间 4.5—5% 内 → 完成')
    expect(ruleFor(target(-3, '%'), 'lower')).toBe('fall')
  })
})
