import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { figures } from './figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.period])

describe('what a label keeps of the clause before it, and of the verb that sets out a goal', () => {
  it('drops the milestone that closed the clause before, with its separator', () => {
    expect(view('全市生产总值迈上5千亿台阶、财政总收入跨过1千亿大关。').map((f) => f[0])).toEqual(['生产总值', '财政总收入'])
    expect(view('地区生产总值迈上800亿元新台阶、一般公共预算收入突破50亿元。').map((f) => f[0])).toEqual(['地区生产总值', '一般公共预算收入'])
  })

  it('drops 提出, the plan setting out a goal, from the head of what the goal measures', () => {
    const a = analyzeReportText(
      ['2026年某某市政府工作报告', '——2026年1月10日在某某市人民代表大会上', '二、“十五五”时期的主要目标', '《纲要（草案）》提出地区生产总值年均增长5%左右，城镇新增就业累计30万人。'].join('\n'),
    )
    expect(a.metrics.map((m) => [m.label, m.value, m.indicator])).toEqual([
      ['地区生产总值', 5, 'gdp'],
      ['城镇新增就业', 30, 'urban-new-jobs'],
    ])
  })

  it('reads a change of level whose second level is an estimate (`由…预计增长至…`) as one change', () => {
    const got = view('全社会研发经费投入强度由2020年的0.94%预计增长至2024年的1.6%。')
    expect(got).toEqual([
      ['全社会研发经费投入强度', 0.94, '%', '2020'],
      ['全社会研发经费投入强度', 1.6, '%', '2024'],
    ])
  })
})
