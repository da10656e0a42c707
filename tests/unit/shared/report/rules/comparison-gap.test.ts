import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const lvk = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.kind])

describe('rule: comparison-gap', () => {
  it('names the gap to a wider area after the growth it compares', () => {
    expect(lvk('工业用电量增长22.7%，高于全区9.6个百分点。')).toEqual([
      ['工业用电量', 22.7, '%', 'growth'],
      ['工业用电量增速高于全区', 9.6, '个百分点', 'change'],
    ])
    expect(lvk('农民收入增长8%，比全国平均水平高1.2个百分点。')[1]).toEqual(['农民收入增速比全国平均水平高', 1.2, '个百分点', 'change'])
  })
  it('keeps the comparison when the gap stands in the clause of what it compares', () => {
    expect(lvk('森林覆盖率高于全省平均水平2.5个百分点。')).toEqual([['森林覆盖率高于全省平均水平', 2.5, '个百分点', 'change']])
    expect(lvk('全县规上工业增加值增速快于全市1.8个百分点。')).toEqual([['规上工业增加值增速快于全市', 1.8, '个百分点', 'change']])
  })
  it('leaves a change against last year as it is', () => {
    expect(lvk('财政收入增长5%，比上年提高1个百分点。')[1]).toEqual(['财政收入', 1, '个百分点', 'change'])
  })
})
