import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

describe('rule: planned-level', () => {
  it('reads the level a plan set, beside the result that beat it, as that year’s goal', () => {
    expect(figures('减税降费2.36万亿元，超过原定的近2万亿元规模。').map((m) => [m.label, m.value, m.qualifier, m.period])).toEqual([
      ['减税降费', 2.36, null, '2024'],
      ['减税降费原定规模', 2, '近', '2024 target'],
    ])
  })
})
