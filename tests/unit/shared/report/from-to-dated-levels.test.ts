import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const figures = (paragraph: string) =>
  analyzeReportText(`一、2020年和“十三五”工作回顾\n${paragraph}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}`)

describe('a change between two dated levels', () => {
  it('a comma before the second level does not end the change', () => {
    expect(figures('五年来，脱贫户人均纯收入由2015年的3860元，提高到2020年的12570元。')).toEqual([
      '脱贫户人均纯收入=3860元@2015',
      '脱贫户人均纯收入=12570元@2020',
    ])
  })
  it('`增加到现在的` dates the second level at the end of the review', () => {
    expect(figures('五年来，中心城区建成区面积由2015年的41.6平方公里增加到现在的52平方公里。')).toEqual([
      '中心城区建成区面积=41.6平方公里@2015',
      '中心城区建成区面积=52平方公里@2020',
    ])
  })
})

describe('a first level written bare, after the time it is of', () => {
  it('takes the unit of the level reached and the year before, or the year written', () => {
    expect(figures('2020年，细颗粒物年均浓度由上年的18降到17微克/立方米。')).toEqual([
      '细颗粒物年均浓度=18微克/立方米@2019',
      '细颗粒物年均浓度=17微克/立方米@2020',
    ])
    expect(figures('五年来，细颗粒物年均浓度由2015年的45下降到30微克/立方米。')).toEqual([
      '细颗粒物年均浓度=45微克/立方米@2015',
      '细颗粒物年均浓度=30微克/立方米@2020',
    ])
  })
})
