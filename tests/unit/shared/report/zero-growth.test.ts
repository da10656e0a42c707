import { describe, expect, it } from 'vitest'
import { figures, lvu, planFigures } from './figures'

describe('零增长: no growth written in words', () => {
  it('closing its clause, plain or stressed in quotes, is a growth of 0 %, flagged as read from words', () => {
    const [fees] = figures('“三公”经费支出连续三年实现零增长。')
    expect(fees).toMatchObject({ label: '三公经费支出', value: 0, unit: '%', kind: 'growth', written: '零增长' })
    expect(fees?.confidence.level).toBe('low')
    expect(lvu('农药化肥施用量保持零增长，新建改建农村公路120公里。')).toEqual([
      ['农药化肥施用量', 0, '%'],
      ['新建改建农村公路', 120, '公里'],
    ])
    expect(lvu('新增违法建设实现“零增长”。')).toEqual([['新增违法建设', 0, '%']])
    // A target of the plan year, as 能耗 targets are written.
    expect(planFigures('确保单位地区生产总值能耗零增长。')).toEqual([['单位地区生产总值能耗', 0, '2025 target']])
  })

  it('a campaign or a state named by it, and 负增长 without a number, are no figure', () => {
    expect(lvu('深入实施化肥农药使用量零增长行动。')).toEqual([])
    expect(lvu('扭转了连续两年零增长的被动局面。')).toEqual([])
    expect(lvu('外贸出口出现负增长。')).toEqual([])
    // An outbreak stopped is no rate of growth, nor a remark on one.
    expect(lvu('用两周实现本地确诊病例“零增长”、30天实现清零。')).toEqual([])
    expect(lvu('财政收入尽管是零增长，但质量明显提高。')).toEqual([])
  })

  it('做到 before it is the verb, not part of the label', () => {
    expect(lvu('“三公”经费做到了零增长。')).toEqual([['三公经费', 0, '%']])
  })
})
