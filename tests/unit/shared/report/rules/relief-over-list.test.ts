import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: relief-over-list', () => {
  it('gives the later amounts of a list the verb of relief that opens it', () => {
    expect(lvu('全年为企业减免税费6.2亿元、电费8000万元、燃气费350万元。')).toEqual([
      ['为企业减免税费', 6.2, '亿元'],
      ['为企业减免电费', 8000, '万元'],
      ['为企业减免燃气费', 350, '万元'],
    ])
    expect(lvu('降低企业融资成本2000万元、用电成本1.3亿元。').map((f) => f[0])).toEqual(['降低企业融资成本', '降低用电成本'])
  })

  it('leaves an item with a verb of its own, and a list not opened by relief, as they are', () => {
    expect(lvu('减免社保费4.8亿元、减少行政事业性收费1.2亿元。').map((f) => f[0])).toEqual(['减免社保费', '减少行政事业性收费'])
    expect(lvu('降费12亿元、发放稳岗返还资金1.8亿元。').map((f) => f[0])).toEqual(['降费', '稳岗返还资金'])
    expect(lvu('一般公共预算收入56亿元、税收收入41亿元。').map((f) => f[0])).toEqual(['一般公共预算收入', '税收收入'])
  })
})
