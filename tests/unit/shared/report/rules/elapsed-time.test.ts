import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: elapsed-time', () => {
  it('reads no time within which something was done, at the head of its clause', () => {
    expect(lvu('3天内安置点全部建成。')).toEqual([])
    expect(lvu('灾后12小时内主干道路全部抢通。')).toEqual([])
  })
  it('keeps a time a verb sets', () => {
    expect(lvu('不动产登记时间压缩至2天内。')).toEqual([['不动产登记时间', 2, '天']])
  })
  it('reads no time opened by 在 at the head of its clause', () => {
    expect(lvu('及时处置塌方险情，在12小时内恢复了道路通行。')).toEqual([])
  })
})
