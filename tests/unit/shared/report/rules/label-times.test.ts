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
    // 在两年内: the years counted and their 在 go with 年内 (was read 市级在两配套).
    expect(view('某区级财政在两年内配套资金3.5亿元。').map((v) => v[0])).toEqual(['某区级财政配套资金'])
    expect(view('某新区在3年内完成投资120亿元。').map((v) => v[0])).toEqual(['某新区投资'])
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

describe('rule: label-times (months, circumstances and bases after the subject)', () => {
  it('takes a month or months after the subject out, with the 比 of a month compared', () => {
    expect(view('规模以上工业企业利润1-11月增长31.2%。').map((v) => v[0])).toEqual(['规模以上工业企业利润'])
    expect(view('细颗粒物平均浓度比1月份下降17.4%。').map((v) => v[0])).toEqual(['细颗粒物平均浓度'])
  })
  it('takes the circumstances or the base a figure is told under out (在…的情况下, 在年初预算, 在…基础上)', () => {
    expect(view('地方一般公共预算收入在更大规模减税降费的情况下下降1.7%。').map((v) => v[0])).toEqual(['地方一般公共预算收入'])
    expect(view('部门一般性支出在年初预算压减10%。').map((v) => v[0])).toEqual(['部门一般性支出'])
    expect(view('全市财政收入在上年高基数的基础上增长5%。').map((v) => v[0])).toEqual(['财政收入'])
  })
  it('takes 全年 out from inside a label, but not the year a share or a task is of', () => {
    expect(view('某某新港全年吞吐货物总量突破22万标箱。').map((v) => v[0])).toEqual(['某某新港吞吐货物总量'])
    expect(view('财政民生投入占全年财政支出的80%。').map((v) => v[0])).toEqual(['财政民生投入占全年财政支出比重'])
    expect(view('重点项目投资超额完成全年目标8个百分点。').map((v) => v[0])[0]).toContain('全年目标')
  })
})
