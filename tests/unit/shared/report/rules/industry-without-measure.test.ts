import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (m: { label: string; value: number; confidence: { level: string } }) => [m.label, m.value, m.confidence.level]

describe('rule: industry-without-measure', () => {
  it('flags an amount of money of an industry named alone: what is measured is not said', () => {
    expect(figures('生物医药产业突破800亿元。').map(view)).toEqual([['生物医药产业', 800, 'low']])
    expect(figures('全市文化旅游产业达到260亿元，增长9%。').map(view)[0]).toEqual(['文化旅游产业', 260, 'low'])
  })
  it('takes the measure of the same industry from a figure before it in the sentence', () => {
    expect(figures('新材料产业营业收入增长15%，新材料产业达到420亿元。').map(view)[1]).toEqual(['新材料产业营业收入', 420, 'high'])
  })
  it('leaves the three sectors, industries with a measure, and figures that are no amount of money', () => {
    expect(figures('第二产业达到900亿元。').map(view)).toEqual([['第二产业', 900, 'high']])
    expect(figures('装备制造产业产值突破500亿元。').map(view)).toEqual([['装备制造产业产值', 500, 'high']])
    expect(figures('新能源汽车产业增长30%。').map((m) => m.label)).toEqual(['新能源汽车产业'])
  })
})
