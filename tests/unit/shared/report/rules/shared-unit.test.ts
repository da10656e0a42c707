import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-unit', () => {
  it('gives a bare magnitude in a list the unit the last value writes out', () => {
    expect(lvu('文化惠民工程、全民健身工程分别惠及3500万、2300万人次。')).toEqual([
      ['文化惠民工程', 3500, '万人次'],
      ['全民健身工程', 2300, '万人次'],
    ])
  })
  it('keeps units of their own', () => {
    expect(lvu('农村贫困人口96户、183人实现脱贫。').map(([, , unit]) => unit)).toEqual(['户', '人'])
  })
})
