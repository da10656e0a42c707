import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

/** rules/contribution-of.ts: a contribution after a share is the contribution of the thing whose share it is. */
describe('rule: contribution-of, after a share', () => {
  it('names the thing, not its share, as the contributor', () => {
    expect(lvu('数字经济核心产业增加值占GDP比重达到12.4%，对经济增长的贡献率达到31.6%。').map(([l]) => l)).toEqual([
      '数字经济核心产业增加值占GDP比重', '数字经济核心产业对经济增长的贡献率',
    ])
  })
  it('reads a share without its whole the same way', () => {
    expect(lvu('消费比重提高1.5个百分点，对经济增长贡献率达到58%。').map(([l]) => l)[1]).toBe('消费对经济增长贡献率')
  })
})
