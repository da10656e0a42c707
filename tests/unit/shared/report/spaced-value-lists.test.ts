import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const figures = (paragraph: string) =>
  analyzeReportText(`一、2015年工作回顾\n${paragraph}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit} ${m.kind}`)

describe('a list of values spaced out, as texts converted from PDF write them', () => {
  it('pairs `分别增长 7.9%和 9.2%` element by element, the second a growth too', () => {
    expect(figures('城乡居民人均可支配收入分别增长 7.9%和 9.2%。')).toEqual([
      '城镇居民人均可支配收入=7.9% growth',
      '农村居民人均可支配收入=9.2% growth',
    ])
  })
  it('with spaces on both sides of 和 or 、', () => {
    expect(figures('进口、出口分别增长 5.1% 、 6.4% 。')).toEqual(['进口=5.1% growth', '出口=6.4% growth'])
    expect(figures('城镇和农村低保标准分别达到 620元 和 410元。')).toEqual(['城镇低保标准=620元 amount', '农村低保标准=410元 amount'])
  })
  it('a space alone joins nothing: two clauses keep their own subjects', () => {
    expect(figures('一般公共预算收入增长 6.2% 税收收入增长 5.8%。')).toEqual(['一般公共预算收入=6.2% growth', '税收收入=5.8% growth'])
  })
})

describe('a bound written after a space, as texts converted from PDF write it', () => {
  const targets = (paragraph: string) =>
    analyzeReportText(`二、2016年工作安排\n${paragraph}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit} ${m.qualifier ?? '-'}`)
  it('`增长 7% 左右`, `控制在 4% 以内`, `增长 9% 以上` keep their bound', () => {
    expect(targets('地区生产总值增长 7% 左右，城镇登记失业率控制在 4% 以内 ，规模以上工业增加值增长 9% 以上。')).toEqual([
      '地区生产总值=7% 左右',
      '城镇登记失业率=4% 以内',
      '规模以上工业增加值=9% 以上',
    ])
  })
  it('a bound opening a name after the space stays in the name', () => {
    expect(targets('新开工 10 亿元 以上项目 12个。').some((f) => f.endsWith('以上'))).toBe(false)
  })
})
