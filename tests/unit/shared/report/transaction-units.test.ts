import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('units of transactions and of transport work', () => {
  it('counts business cases in 笔 and 单, and not in 单位 or 单项', () => {
    expect(lvu('发放创业担保贷款3210笔4.6亿元。')).toEqual([
      ['创业担保贷款', 3210, '笔'],
      ['创业担保贷款', 4.6, '亿元'],
    ])
    expect(lvu('跨境电商进口业务达到86单。').map(([, v, u]) => `${v}${u}`)).toEqual(['86单'])
    expect(lvu('全市12单位获评先进。').map(([, , u]) => u)).not.toContain('单')
  })
  it('reads freight and passenger work (亿吨公里, 亿人公里)', () => {
    expect(lvu('货物周转量2315亿吨公里、增长6.1%。')).toEqual([
      ['货物周转量', 2315, '亿吨公里'],
      ['货物周转量', 6.1, '%'],
    ])
    expect(lvu('旅客周转量96亿人公里。')).toEqual([['旅客周转量', 96, '亿人公里']])
  })
})
