import { describe, expect, it } from 'vitest'
import { isTimeOnlyLabel, stripLabelTimes } from '../../../../../src-shared/report/rules/label-times'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.confidence.level])

describe('rule: label-times', () => {
  it('takes a month, a quarter, a span and 年内 out of the label', () => {
    expect(view('5月份规模以上工业企业开工率达到98%。')).toEqual([['规模以上工业企业开工率', 98, 'high']])
    expect(view('单位地区生产总值能耗五年下降18%。')).toEqual([['单位地区生产总值能耗', -18, 'high']])
    expect(view('某某新区年内完成投资200亿元以上。')).toEqual([['某某新区投资', 200, 'high']])
    // A span with its numeral: not a label cut at 年内 that keeps the 一 (…待遇水平一).
    expect(view('某县城乡居民医保待遇水平一年内3次提高。').map((v) => v[0])).toEqual(['某县城乡居民医保待遇水平'])
    // (A quarter's figure is flagged, never the year's on a slide: part-of-year.ts.)
    expect(view('全市生产总值前三季度增长4.8%。')).toEqual([['生产总值', 4.8, 'low']])
  })
  it('keeps a label that is only a time word, flagged', () => {
    expect(view('经济增速逐季回升，一季度增长4.1%，上半年增长4.6%。')).toEqual([
      ['一季度', 4.1, 'low'],
      ['上半年', 4.6, 'low'],
    ])
    expect(isTimeOnlyLabel('3月份')).toBe(true)
    expect(isTimeOnlyLabel('三年行动计划项目')).toBe(false)
  })
  it('leaves time words that are part of a name', () => {
    expect(stripLabelTimes('三年行动计划项目')).toBe('三年行动计划项目')
    expect(stripLabelTimes('季度')).toBe('季度')
  })
  it('drops the verb that sets out a goal for a plan period (提出“十四五”时期…)', () => {
    expect(view('我们提出“十四五”时期全市生产总值年均增长6%左右。').map((v) => v[0])).toEqual(['生产总值'])
  })
})
