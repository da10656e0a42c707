import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: year-of-account', () => {
  it('leaves the 度 of 年度 to the year, not to the name after it', () => {
    expect(lvu('全面完成2019年度26个市级示范村建设。').map(([l]) => l)).toEqual(['市级示范村'])
    expect(lvu('2021年度项目开工率达到92%。').map(([l]) => l)).toEqual(['项目开工率'])
    expect(lvu('上年度营业收入5000万元以上的企业全部上云，落实2022年度油菜种植面积30万亩。').map(([l]) => l)).not.toContainEqual(expect.stringMatching(/^度/))
  })
  it('keeps a name that begins with 度 itself', () => {
    expect(lvu('新建3个度假村。')[0]?.[0]).toMatch(/度假村$/)
    expect(lvu('完成2023年度投资计划，新建3个度假村。')[0]?.[0]).toMatch(/度假村$/)
  })
})
