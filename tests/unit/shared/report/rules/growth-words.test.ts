import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

describe('rule: growth-words', () => {
  it('names the indicator, not its rate, for a growth figure; a rank keeps the rate', () => {
    expect(figures('规模以上工业增加值增速完成8.6%，增速居全省第2位。').map((m) => m.label)).toEqual([
      '规模以上工业增加值',
      '规模以上工业增加值增速',
    ])
  })
  it('reads a yearly rate (年均增速) as the yearly growth of what comes before it, whatever the verb', () => {
    const [gdp] = figures('二、今后五年的目标任务', '今后五年的目标任务是：地区生产总值年均增速保持在6%左右。')
    expect(gdp).toMatchObject({ label: '地区生产总值', value: 6, kind: 'growth', qualifier: '左右', average: true, period: '2025-2029 target' })
  })
})
