import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** rules/value-added-of-industry.ts and the noun 增加值 at a clause's head (rules/clause.ts). */
describe('rule: value-added-of-industry', () => {
  it('reads 增加值 at the head of a clause as a noun, never the verb 增加', () => {
    expect(lvu('全年工业用电量增长6%，增加值占全市生产总值比重超过30%。').map(([l]) => l)[1]).toBe('增加值占全市生产总值比重')
    expect(figures('增加值占全市生产总值比重超过30%。')[0]?.kind).toBe('share')
    // A verb before its object still leads: 增加 then what was added.
    expect(lvu('增加公共停车位1200个。').map(([l]) => l)).toEqual(['增加公共停车位'])
  })
  it('gives the value added the industry of the figure just before it', () => {
    expect(lvu('现代服务业增长9%，增加值占地区生产总值比重达到48%。').map(([l]) => l)).toEqual([
      '现代服务业', '现代服务业增加值占地区生产总值比重',
    ])
    expect(lvu('数字经济核心产业年均增长15%，增加值达到860亿元，对经济增长的贡献率达到25%。').map(([l]) => l)).toEqual([
      '数字经济核心产业', '数字经济核心产业增加值', '数字经济核心产业对经济增长的贡献率',
    ])
  })
  it('leaves the value added alone after a list or a figure of no industry', () => {
    expect(lvu('高端装备、生物医药分别增长12%和15%，增加值占规上工业比重达到40%。').map(([l]) => l)[2]).toBe('增加值占规上工业比重')
    expect(lvu('工业投资增长9%，增加值占地区生产总值比重达到35%。').map(([l]) => l)[1]).toBe('增加值占地区生产总值比重')
  })
})
