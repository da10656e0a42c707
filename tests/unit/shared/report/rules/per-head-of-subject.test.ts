import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: per-head-of-subject', () => {
  it('names a bare 人均 by the sum of money written before it in the sentence', () => {
    expect(lvu('全县生产总值突破500亿元，人均超过9万元。')).toEqual([
      ['生产总值', 500, '亿元'],
      ['人均生产总值', 9, '万元'],
    ])
    // A rank between them changes nothing.
    expect(lvu('地区生产总值达到4.2万亿元、居全国第9位，人均突破1.3万美元。')[2]).toEqual(['人均地区生产总值', 1.3, '万美元'])
    // Per head, the size of a sum is the sum.
    expect(lvu('GDP总量超过3000亿元，人均超过9万元。')[1]).toEqual(['人均GDP', 9, '万元'])
  })
  it('leaves 人均 flagged when no sum of money comes before it', () => {
    const [, perHead] = figures('常住人口增加到120万人，人均超过9万元。')
    expect(perHead?.label).toBe('人均')
    expect(perHead?.confidence.level).toBe('low')
    const [alone] = figures('人均超过9万元。')
    expect(alone?.label).toBe('人均')
  })
})
