import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: policy-articles', () => {
  it('reads no count of a policy’s articles before its noun', () => {
    expect(lvu('全面落实支持小微企业25条措施。')).toEqual([])
    expect(lvu('制定稳就业18条配套政策、12条接续政策。')).toEqual([])
    expect(lvu('认真执行省委14条意见。')).toEqual([])
  })
  it('reads no count that closes the name of a policy, nor the next items of its list', () => {
    expect(lvu('出台支持民营企业发展36条。')).toEqual([])
    expect(lvu('推出文旅产业高质量发展42条、乡村振兴15条、交通建设8条。')).toEqual([])
  })
  it('keeps lines counted in 条', () => {
    expect(lvu('打通断头路16条。')).toEqual([['打通断头路', 16, '条']])
    expect(lvu('国际航线达到35条。')).toEqual([['国际航线', 35, '条']])
    expect(lvu('治理小流域河道12条。')).toEqual([['治理小流域河道', 12, '条']])
  })
  it('reads no count of articles given as an example of the policies after 等', () => {
    expect(lvu('全面落实稳外贸18条等各项惠企政策。')).toEqual([])
    expect(lvu('新开通货运航线6条等多项成果。')).toEqual([['新开通货运航线等多项成果', 6, '条']])
  })
})
