import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.period, m.confidence.level])

describe('rule: the level a change starts from (from-to, period)', () => {
  it('dates the first level of a change in the review of one year to the year before, flagged: the text does not write it', () => {
    expect(view('农村卫生厕所普及率从81.3%提高到86.5%，城区公交分担率由38%提升至41%。')).toEqual([
      ['农村卫生厕所普及率', 81.3, '2023', 'low'],
      ['农村卫生厕所普及率', 86.5, '2024', 'high'],
      ['城区公交分担率', 38, '2023', 'low'],
      ['城区公交分担率', 41, '2024', 'high'],
    ])
  })

  it('does the same with half-width punctuation and a rate base between 从 and the level', () => {
    expect(view('餐厨垃圾日处理能力从每日260吨提高到400吨,困难群众救助标准由每人每月610元提高到650元.').map((v) => [v[1], v[2], v[3]])).toEqual([
      [260, '2023', 'low'],
      [400, '2024', 'high'],
      [610, '2023', 'low'],
      [650, '2024', 'high'],
    ])
  })

  it('leaves undated a first level of a time that names no year (一季度, 年初的, 原来的), flagged', () => {
    expect(view('城镇调查失业率从一季度5.8%降至5.2%，项目审批时间由原来的60个工作日压缩到20个工作日。').map((v) => [v[1], v[2], v[3]])).toEqual([
      [5.8, null, 'low'],
      [5.2, '2024', 'high'],
      [60, null, 'low'],
      [20, '2024', 'high'],
    ])
  })

  it('keeps a year the text names for the first level, unflagged', () => {
    expect(view('工业固废综合利用率由2022年的71%提高到78%。')).toEqual([
      ['工业固废综合利用率', 71, '2022', 'high'],
      ['工业固废综合利用率', 78, '2024', 'high'],
    ])
  })

  it('dates the first level in a review of five years to the year before them, unflagged', () => {
    const text = ['2026年某某市政府工作报告', '一、“十四五”时期工作回顾', '五年来，城镇污水集中收集率由52%提高到70%。'].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.value, m.period, m.confidence.level])).toEqual([
      [52, '2020', 'high'],
      [70, '2025', 'high'],
    ])
  })
})
