import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { lvu } from './figures'

describe('共 inside a label before its action is a total, not a part of what is counted', () => {
  it('goes between who did it and the action', () => {
    expect(lvu('城市执法有力，“清违行动”共拆除违法建筑12.5万平方米。')).toEqual([['清违行动拆除违法建筑', 12.5, '万平方米']])
    expect(lvu('首届智能制造博览会共签约项目36个。')).toEqual([['首届智能制造博览会签约项目', 36, '个']])
    expect(lvu('市县两级财政共投入农村饮水资金8.6亿元。')).toEqual([['市县两级财政投入农村饮水资金', 8.6, '亿元']])
    expect(lvu('政务热线共受理群众诉求52.3万件。')).toEqual([['政务热线受理群众诉求', 52.3, '万件']])
  })
  it('stays where it ends a word (公共, 中共)', () => {
    expect(lvu('公共投入增长9%。')).toEqual([['公共投入', 9, '%']])
  })
})

describe('a span of years at a label’s head says when, not what', () => {
  it('goes before an action', () => {
    expect(lvu('三年完成交通投资860亿元。')).toEqual([['交通投资', 860, '亿元']])
    expect(lvu('两年新增规模以上工业企业420家。')).toEqual([['新增规模以上工业企业', 420, '家']])
    expect(lvu('两年多来累计治理“散乱污”企业3200家。')).toEqual([['治理散乱污企业', 3200, '家']])
  })
  it('goes as 内 before what is counted', () => {
    expect(lvu('力争三年内专精特新企业达到300家。')).toEqual([['专精特新企业', 300, '家']])
  })
  it('stays inside a name (九年义务教育, a programme of three years, a two-year average)', () => {
    expect(lvu('九年义务教育巩固率达到98.2%。')).toEqual([['九年义务教育巩固率', 98.2, '%']])
    expect(lvu('实施城乡教育、医疗2个三年提升计划。')).toEqual([['三年提升计划', 2, '个']])
  })
  it('stays when nothing but the action would be left (三年投入)', () => {
    expect(lvu('计划三年投入12亿元，改善农村学校办学条件。')).toEqual([['三年投入', 12, '亿元']])
  })
})

describe('a change from the end of a named five-year plan', () => {
  const review = (body: string) =>
    analyzeReportText(['某市2021年政府工作报告', '——2021年1月8日在某市人民代表大会上', '一、2020年和“十三五”时期工作回顾', body].join('\n'))
      .metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}`)
  it('reads 期末 as 末: the subject is the noun before 由', () => {
    expect(review('五年来，城市道路由“十二五”期末的640公里增加到1130公里。')).toEqual(['城市道路=640公里@2015', '城市道路=1130公里@2020'])
  })
  it('dates the first level to the last year of the plan it names, not of the plan before the review', () => {
    expect(review('五年来，建成区面积由“十一五”末的86平方公里扩大到131平方公里。')).toEqual([
      '建成区面积=86平方公里@2010', '建成区面积=131平方公里@2020',
    ])
  })
})
