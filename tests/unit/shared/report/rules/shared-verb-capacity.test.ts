import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb, along a series of capacity', () => {
  it('lets 化解 cover the items of a 、 series, not the part after 其中', () => {
    expect(lvu('化解煤炭产能80万吨、水泥产能50万吨。').map((f) => f[0])).toEqual(['化解煤炭产能', '化解水泥产能'])
    expect(lvu('化解存量债务12亿元、不良贷款4.5亿元。').map((f) => f[0])).toEqual(['化解存量债务', '化解不良贷款'])
    expect(lvu('化解过剩产能300万吨，其中钢铁产能120万吨。').map((f) => f[0])).toEqual(['化解过剩产能', '钢铁产能'])
  })
  it('gives a bare industry after the first item the kind and head of its capacity (落后…产能, …过剩产能)', () => {
    expect(lvu('淘汰落后炼铁产能260万吨、铁合金45万吨、电力30万千瓦。').map((f) => f[0])).toEqual([
      '淘汰落后炼铁产能', '淘汰落后铁合金产能', '淘汰落后电力产能',
    ])
    expect(lvu('淘汰落后造纸产能18万吨、印染产能2亿米。').map((f) => f[0])).toEqual(['淘汰落后造纸产能', '淘汰落后印染产能'])
    expect(lvu('化解电解铝过剩产能40万吨、钢铁90万吨。').map((f) => f[0])).toEqual(['化解电解铝过剩产能', '化解钢铁过剩产能'])
  })
  it('leaves items after a capacity of no kind as they are (装机 is a capacity of its own)', () => {
    expect(lvu('新增原煤产能600万吨、风电装机80万千瓦。').map((f) => f[0])).toEqual(['新增原煤产能', '新增风电装机'])
  })
})
