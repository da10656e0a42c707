import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

describe('rule: growth-words', () => {
  it('names the indicator, not its rate, for a growth figure; a rank keeps the rate', () => {
    expect(figures('规模以上工业增加值增速完成8.6%，增速居全省第2位。').map((m) => m.label)).toEqual([
      '规模以上工业增加值',
      '规模以上工业增加值增速',
    ])
  })
})
