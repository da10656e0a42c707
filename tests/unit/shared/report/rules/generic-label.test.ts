import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: generic-label', () => {
  it('makes a generic subject a measure of the sentence’s subject', () => {
    expect(lvu('引进产业项目120个，总投资560亿元。')).toEqual([
      ['产业项目', 120, '个'],
      ['产业项目总投资', 560, '亿元'],
    ])
    expect(lvu('新增市场主体2.1万户，总量达18万户。')).toEqual([
      ['新增市场主体', 2.1, '万户'],
      ['市场主体总量', 18, '万户'],
    ])
    // A total named again by 总量/规模 is the same total.
    expect(lvu('外贸进出口总额增长8%，总量居全省第4位。').map((f) => f[0])).toEqual(['外贸进出口总额', '外贸进出口总额'])
  })
})
