import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a gap written as passing an area (超过全国平均水平)', () => {
  it('is a change of the rate or figure before it, not a label holding the comparison', () => {
    expect(lvu('全市民航旅客吞吐量增长21.4%，超过全国平均水平6.2个百分点。')).toEqual([
      ['民航旅客吞吐量', 21.4, '%'],
      ['民航旅客吞吐量', 6.2, '个百分点'],
    ])
    expect(lvu('全社会固定资产投资增速超过全省平均水平3.5个百分点。')).toEqual([['全社会固定资产投资增速', 3.5, '个百分点']])
  })
  it('超过 alone stays a bound', () => {
    expect(lvu('粮食产量超过95万吨。')).toEqual([['粮食产量', 95, '万吨']])
  })
})
