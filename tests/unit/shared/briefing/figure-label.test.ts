import { describe, expect, it } from 'vitest'
import { figureLabel } from '../../../../src-shared/briefing/draft-figures'
import { indicatorOf } from '../../../../src-shared/report/indicators'

/** What a KPI card calls a figure: the standard name for a short label, never the name of another statistic. */
describe('figureLabel', () => {
  const card = (label: string) => figureLabel({ label, indicator: indicatorOf(label) })

  it('gives a short or abbreviated label its full standard name', () => {
    expect(card('生产总值')).toBe('地区生产总值')
    expect(card('规上工业增加值')).toBe('规模以上工业增加值')
    expect(card('CPI')).toBe('居民消费价格')
  })

  it('keeps the report’s own full name', () => {
    expect(card('城镇常住居民人均可支配收入')).toBe('城镇常住居民人均可支配收入')
  })

  it('never renames one statistic as another: net income, registered-population urbanization, all industry', () => {
    expect(card('农民人均纯收入')).toBe('农民人均纯收入')
    expect(card('户籍人口城镇化率')).toBe('户籍人口城镇化率')
    expect(card('工业总产值')).toBe('工业总产值')
  })
})
