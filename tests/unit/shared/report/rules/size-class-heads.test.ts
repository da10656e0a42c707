import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('list heads of a size class (限上, 规上): shared by the items after, not by an item of a class of its own', () => {
  it('gives 限上 before the first item to every item of the list', () => {
    expect(lvu('限上住宿、餐饮营业额分别增长11%、13%。').map((f) => f[0])).toEqual(['限上住宿营业额', '限上餐饮营业额'])
    expect(lvu('限上服装、家具零售额分别增长6%和9%。').map((f) => f[0])[1]).toBe('限上家具零售额')
  })

  it('leaves an item that opens with a size class of its own with its own class only', () => {
    expect(lvu('规上工业企业、限上批零企业分别达到820家、310家。').map((f) => f[0])).toEqual(['规上工业企业', '限上批零企业'])
    expect(lvu('新增限上商贸单位、规上服务业企业各60户以上。').map((f) => f[0])[1]).not.toMatch(/^(新增)?限上/u)
  })

  it('still gives a head of any measure (民营) to an item with a size class of its own', () => {
    expect(lvu('民营规上工业增加值、限上商品销售额占比分别为40%、55%。').map((f) => f[0])[1]).toBe('民营限上商品销售额占比')
  })
})
