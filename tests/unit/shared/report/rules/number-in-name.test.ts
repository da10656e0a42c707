import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: number-in-name', () => {
  it('reads no number of an institute named by it', () => {
    expect(lvu('支持中国电科38所建设研发中心。')).toEqual([])
    expect(lvu('新建研究所3所。')).toEqual([['新建研究所', 3, '所']])
  })
  it('reads no hours that name a policy, a service or a circle of travel', () => {
    expect(lvu('落实144小时过境免签政策。')).toEqual([])
    expect(lvu('困难家庭实现24小时动态清零。')).toEqual([])
    expect(lvu('构建1小时经济圈。')).toEqual([])
    expect(lvu('审批时限压缩至24小时。')).toEqual([['审批时限', 24, '小时']])
  })
  it('reads no size of the state’s bond issue before the funds it names', () => {
    expect(lvu('用好中央增发1万亿元国债资金。')).toEqual([])
  })
})
