import { describe, expect, it } from 'vitest'
import { ownerOfClause } from '../../../../../src-shared/report/rules/owner-before'
import { figures, lvu } from '../figures'

describe('rule: owner-before', () => {
  it('gives a bare standard indicator the part of the place the opening clause is about, and no indicator id', () => {
    const [m] = figures('高新区开放平台作用明显增强，进出口总额突破8亿美元。')
    expect(m?.label).toBe('高新区进出口总额')
    expect(m?.indicator).toBeNull()
  })
  it('gives it the one group of people the opening clause acts for', () => {
    const [m] = figures('开展退役军人就业帮扶，新增就业600人。')
    expect(m?.label).toBe('退役军人新增就业')
    expect(m?.indicator).toBeNull()
  })
  it('leaves the place its figure after a deed among others, or a clause of several groups or parts', () => {
    expect(lvu('稳定岗位供给，做好退役军人就业安置工作，城镇新增就业3.2万人。')[0]?.[0]).toBe('城镇新增就业')
    expect(lvu('帮扶高校毕业生、农民工等重点群体就业，城镇新增就业3.2万人。')[0]?.[0]).toBe('城镇新增就业')
    expect(figures('开发区、高新区发展取得新成效，进出口总额增长9%。')[0]?.label).toBe('进出口总额')
    expect(figures('全市经济运行稳中向好，进出口总额增长9%。')[0]?.indicator).toBe('foreign-trade')
  })
  it('reads who a clause is about', () => {
    expect(ownerOfClause('综合保税区功能持续提升')).toBe('综合保税区')
    expect(ownerOfClause('实施残疾人就业行动')).toBe('残疾人')
    expect(ownerOfClause('开发区新落户12个项目')).toBeNull()
    expect(ownerOfClause('营商环境持续优化')).toBeNull()
  })

  it('keeps the part of the place as owner across a count of its things', () => {
    const all = figures('滨海新城120个项目完成投资150亿元。')
    const amount = all.find((m) => m.unit === '亿元')
    expect(amount?.label).toBe('滨海新城项目投资')
    expect(amount?.quote).toBe('滨海新城120个项目完成投资150亿元')
    expect(figures('全市120个项目完成投资150亿元。').find((m) => m.unit === '亿元')?.label).toBe('项目投资')
  })
})
