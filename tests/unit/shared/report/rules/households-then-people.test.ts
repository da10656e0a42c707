import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: households then people counted in a row before what they are (2.08万户8万人…)', () => {
  it('reads both counts as figures of the noun, one label for both, flagged', () => {
    expect(lvu('化解3600户1.2万人返贫致贫风险。')).toEqual([
      ['化解返贫致贫风险', 3600, '户'],
      ['化解返贫致贫风险', 1.2, '万人'],
    ])
    expect(figures('化解3600户1.2万人返贫致贫风险。').map((m) => m.confidence.level)).toEqual(['low', 'low'])
  })
  it('leaves them an attribute when 的 joins them to the noun', () => {
    expect(lvu('搬迁860户3100人的地质灾害隐患点。')).toEqual([])
  })
  it('leaves households and people read before as they were, unflagged', () => {
    expect(figures('6120户18350名建档立卡贫困人口全部脱贫。').map((m) => `${m.label}=${m.value}${m.unit}/${m.confidence.level}`)).toEqual([
      '建档立卡贫困人口=6120户/high',
      '建档立卡贫困人口=18350名/high',
    ])
  })
})
