import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: project-events', () => {
  it('gives what happened the thing the sentence counts', () => {
    expect(lvu('引进亿元以上项目60个，落地开工35个。')).toEqual([
      ['亿元以上项目', 60, '个'],
      ['亿元以上项目落地开工', 35, '个'],
    ])
    expect(lvu('重点项目新开工43个，竣工38个。')[1]).toEqual(['重点项目竣工', 38, '个'])
    expect(lvu('市级行政审批事项取消31项、下放46项。')[1]).toEqual(['市级行政审批事项下放', 46, '项'])
  })
  it('gives what happened the thing a rate of an event before it is of, and no rate', () => {
    expect(lvu('城中村改造开工率达到98%，基本建成6500套。')[1]).toEqual(['城中村改造基本建成', 6500, '套'])
    expect(figures('水质达标率达到100%，建成15个。')[1]?.label).not.toMatch(/率/)
  })
  it('keeps 基本建成 whole, a stage of the works of its own', () => {
    expect(lvu('公租房开工2100套、基本建成1800套。')[1]).toEqual(['公租房基本建成', 1800, '套'])
    expect(lvu('基本建成安置房4200套。')[0]?.[0]).toBe('安置房')
  })
  it('gives what happens to houses once built the houses the sentence counts', () => {
    expect(lvu('新开工公租房1200套，竣工900套，分配入住850套。')[2]).toEqual(['公租房分配入住', 850, '套'])
    expect(lvu('棚改安置房开工3000套、交付使用2400套。')[1]).toEqual(['棚改安置房交付使用', 2400, '套'])
    expect(figures('全年分配入住560套。')[0]?.confidence.reasons).toContain('label-vague')
  })
  it('hands over only houses, counted as houses', () => {
    // (Not the stays of a hostel in 人次, not a subsidy counted before.)
    expect(figures('建成人才公寓12栋，全年入住3.2万人次。')[1]?.confidence.reasons).toContain('label-vague')
    const [, , handed] = figures('公租房新开工900套，发放住房租赁补贴800户，分配入住700户。')
    expect(handed?.label).toBe('分配入住')
    expect(handed?.confidence.reasons).toContain('label-vague')
  })
  it('flags it when the sentence counts nothing', () => {
    expect(figures('全年竣工38个。')[0]?.confidence.reasons).toContain('label-vague')
  })
})
