import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: money-of-programme-before', () => {
  it('gives bare money the one programme or fund the clause before names', () => {
    expect(lvu('启动农村供水保障工程，筹集资金3.6亿元。')).toEqual([['农村供水保障工程筹集资金', 3.6, '亿元']])
    expect(lvu('设立乡村振兴产业引导基金，首期安排20亿元。')).toEqual([['乡村振兴产业引导基金首期', 20, '亿元']])
    expect(lvu('扎实办好十项民生实事，计划总投资15亿元。')).toEqual([['民生实事计划总投资', 15, '亿元']])
    expect(lvu('北部山区土地整治项目竣工，整理规模6.5万亩。')).toEqual([['北部山区土地整治项目整理规模', 6.5, '万亩']])
    expect(lvu('加快城乡供水一体化工程建设，投入资金4.2亿元。')).toEqual([['城乡供水一体化工程投入资金', 4.2, '亿元']])
    expect(figures('启动农村供水保障工程，筹集资金3.6亿元。')[0]?.confidence.level).toBe('high')
  })
  it('leaves the money flagged when the clause before names two things, a figure, or no programme', () => {
    for (const s of ['实施农村公路和供水工程，筹集资金3.6亿元。', '设立两支产业基金，筹集资金3.6亿元。', '持续改善办学条件，筹集资金3.6亿元。']) {
      const f = figures(s).find((m) => m.value === 3.6)
      expect(f?.label).toBe('筹集资金')
      expect(f?.confidence.reasons).toContain('label-vague')
    }
  })
})

describe('rule: people-served-alone, programme before', () => {
  it('gives the people served the one programme the clause before names', () => {
    expect(lvu('开展农村电网改造试点，受益群众12万人。')).toEqual([['农村电网改造试点受益群众', 12, '万人']])
  })
  it('flags them when the clause before names no programme', () => {
    expect(figures('群众生活持续改善，受益群众12万人。')[0]?.confidence.reasons).toContain('label-vague')
  })
})
