import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: measure-after-respectively', () => {
  it('gives the measure written after 分别 and its verb to every owner of the list, without 分别 or the verb', () => {
    expect(lvu('甲钢集团、乙化集团分别实现营业收入420亿元、180亿元。')).toEqual([
      ['甲钢集团营业收入', 420, '亿元'],
      ['乙化集团营业收入', 180, '亿元'],
    ])
    expect(lvu('装备制造、绿色食品、新型材料分别实现主营业务收入800亿元、510亿元、230亿元。').map((f) => f[0])).toEqual([
      '装备制造主营业务收入',
      '绿色食品主营业务收入',
      '新型材料主营业务收入',
    ])
  })
  it('keeps a defining verb after 分别 and drops 分别 (存款余额新增)', () => {
    expect(lvu('存贷款余额分别新增860亿元、710亿元。')).toEqual([
      ['存款余额新增', 860, '亿元'],
      ['贷款余额新增', 710, '亿元'],
    ])
  })
  it('leaves a share of a task or a plan alone (no measure of the owners is named)', () => {
    const labels = lvu('造林、种草分别完成年度目标任务的112%、104%。').map((f) => f[0])
    expect(labels).toHaveLength(2)
    expect(labels).not.toContain('造林年度目标任务')
    expect(labels).not.toContain('种草年度目标任务')
    expect(lvu('城镇新增就业、农村劳动力转移分别完成年计划的108%、115%。').map((f) => f[0])).not.toContain('城镇新增就业年计划')
  })
})
