import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: tasks-done', () => {
  it('counts tasks reported done, named by the campaign or programme before the count', () => {
    expect(lvu('“春季攻坚”156项任务全面完成。')).toEqual([['春季攻坚任务', 156, '项']])
    expect(lvu('营商环境改革28项重点任务全部落地。')).toEqual([['营商环境改革重点任务', 28, '项']])
    expect(lvu('优化营商环境86项措施落地见效。')).toEqual([['优化营商环境措施', 86, '项']])
  })
  it('drops the year, a relative clause and examples before the count', () => {
    expect(lvu('年度42项重点改革任务扎实推进。')).toEqual([['重点改革任务', 42, '项']])
    expect(lvu('市政府承诺的12件民生实事全部兑现。')).toEqual([['民生实事', 12, '件']])
    expect(lvu('老旧小区加装电梯等10件民生实事圆满完成。')).toEqual([['民生实事', 10, '件']])
  })
  it('drops an item joined before the count and a count of categories, but keeps what the tasks are for', () => {
    expect(lvu('十大工程和县12件惠民实事全面完成。')).toEqual([['县惠民实事', 12, '件']])
    expect(lvu('为民办15件实事全部办结。')).toEqual([['为民办实事', 15, '件']])
    expect(lvu('3个片区24项重点任务全面推进。').map(([l, v]) => `${l}=${v}`)).toContain('重点任务=24')
  })
  it('leaves a count of which the tasks are a part to number-before-noun', () => {
    expect(lvu('纳入全县48项重点工作中的民生实事全部完成。').map(([l]) => l)).not.toContain('全县重点工作中的民生实事')
  })
  it('keeps a count inside a quoted name as part of it', () => {
    expect(lvu('“一件事一次办”18项重点事项全面推进。')).toEqual([['一件事一次办重点事项', 18, '项']])
  })
  it('quotes the predicate with the count', () => {
    expect(figures('“春季攻坚”156项任务全面完成，经济运行稳中向好。')[0]?.quote).toBe('“春季攻坚”156项任务全面完成')
  })
  it('keeps out tasks no predicate reports done, counts of things built, and counts of categories', () => {
    expect(lvu('“春季攻坚”156项任务。')).toEqual([])
    expect(lvu('8个村屯硬化建设任务全部完成。').map(([l]) => l)).not.toContain('村屯硬化建设任务')
    expect(lvu('民生保障等8个方面32项攻坚任务全面完成。').map(([l]) => l)).not.toContain('民生保障等8个方面攻坚任务')
  })
  it('leaves articles of a policy out (20条措施 names the policy)', () => {
    expect(lvu('优化营商环境20条措施落地见效。')).toEqual([])
  })
  it('keeps tasks alone silent: they say too little to stand on a slide', () => {
    expect(lvu('156项任务全面完成。')).toEqual([])
  })
  it('leaves the qualifier before the number out of the name (近, 超过)', () => {
    expect(figures('近860项重点改革事项落地见效。').map((m) => [m.label, m.value, m.qualifier])).toEqual([['重点改革事项', 860, '近']])
  })
})
