import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('稳定 before a verb says how lastingly, not what', () => {
  it('ends the noun after a count before 稳定脱贫', () => {
    expect(lvu('全年有12.6万农村贫困人口稳定脱贫。')).toEqual([['农村贫困人口', 12.6, '万']])
    expect(lvu('38个贫困村稳定退出。')).toEqual([['贫困村', 38, '个']])
  })
  it('is no part of the subject before its verb', () => {
    expect(lvu('城市空气质量优良天数比例稳定保持在92%以上。')).toEqual([['城市空气质量优良天数比例', 92, '%']])
    expect(lvu('县级集中式饮用水水源地水质达标率稳定达到100%。')).toEqual([['县级集中式饮用水水源地水质达标率', 100, '%']])
  })
  it('stays inside a noun it qualifies', () => {
    expect(lvu('提供5000个稳定就业岗位。')).toEqual([['稳定就业岗位', 5000, '个']])
  })
})

describe('滚动 and 动态 before a verb say how the work is renewed, not what', () => {
  it('is no part of the things counted after the verb', () => {
    expect(lvu('滚动实施300个重点技改项目。')).toEqual([['重点技改项目', 300, '个']])
    expect(lvu('动态实施12项民生实事。')).toEqual([['民生实事', 12, '项']])
  })
  it('is no part of the subject before its verb', () => {
    expect(lvu('全市重大项目库规模动态保持在5000亿元以上。')).toEqual([['重大项目库规模', 5000, '亿元']])
  })
})

describe('高效 and 精准 before a verb say how well, not what', () => {
  it('are no part of the things counted after the verb', () => {
    expect(lvu('高效办理市人大代表建议414件。')).toEqual([['市人大代表建议', 414, '件']])
    expect(lvu('高效推进300个亿元以上项目建设。')).toEqual([['亿元以上项目', 300, '个']])
  })
  it('stay inside a noun they qualify', () => {
    expect(lvu('建设高效节能示范项目12个。')).toEqual([['高效节能示范项目', 12, '个']])
  })
})
