import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: owner-of-its-own-kind (民营企业、外资企业出口: 民营 is not the second owner’s)', () => {
  it('keeps the head of the first owner off a later owner of the same kind', () => {
    expect(lvu('民营企业、外资企业进口分别占全市的35.2%、48.7%。').map((f) => f[0])).toEqual(['民营企业进口占全市比重', '外资企业进口占全市比重'])
    expect(lvu('民营企业、小微企业贷款余额分别增长9%、12.5%。').map((f) => f[0])).toEqual(['民营企业贷款余额', '小微企业贷款余额'])
  })

  it('keeps it off a later sector named whole', () => {
    expect(lvu('民营经济增加值、工业增加值占地区生产总值比重分别达到58%、36.4%。').map((f) => f[0])[1]).toBe('工业增加值占地区生产总值比重')
  })

  it('still gives it to a later item that is only a measure, or to a size class after a head that is no owner kind', () => {
    expect(lvu('民营企业中标率、中标金额占比分别达到80%、65%。').map((f) => f[0])[1]).toMatch(/^民营.*中标金额占比$/)
    expect(lvu('民营规上工业增加值、限上批发零售业销售额占比分别达到60%、70%。').map((f) => f[0])[1]).toBe('民营限上批发零售业销售额占比')
  })
})
