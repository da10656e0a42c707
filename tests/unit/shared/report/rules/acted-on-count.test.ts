import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: acted-on-count', () => {
  it('counts the things 对 puts before the action done to them', () => {
    expect(lvu('对126个老旧小区实施了综合整治。')).toEqual([['实施综合整治的老旧小区', 126, '个']])
    expect(lvu('对38条背街小巷及人行道进行改造，方便群众出行。')).toEqual([['进行改造的背街小巷及人行道', 38, '条']])
    expect(lvu('累计对512家危化企业开展安全排查。')).toEqual([['开展安全排查的危化企业', 512, '家']])
  })
  it('quotes the action with the count', () => {
    expect(figures('对126个老旧小区实施了综合整治，群众满意。')[0]?.quote).toBe('对126个老旧小区实施了综合整治')
  })
  it('leaves the count out when the action is a clause of its own, a list, or holds a figure', () => {
    expect(lvu('对300户企业进行以智能化、绿色化为方向的技术改造。')).toEqual([])
    expect(lvu('对15个道路、桥梁项目进行缓建。')).toEqual([])
    expect(lvu('对40家企业进行第二轮核查。')).toEqual([])
    expect(lvu('对90项审批事项中涉及的中介服务进行梳理。')).toEqual([])
  })
  it('leaves a count with another subject before 对 to the rules that read it', () => {
    expect(lvu('市场监管部门对20家药店进行检查。').map(([l]) => l)).not.toContain('进行检查的药店')
  })
})
