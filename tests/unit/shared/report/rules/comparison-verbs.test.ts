import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** Short forms of a change against last year (words/verbs.ts, words/labels.ts): 比增, 比降, 可比增长. */
describe('verbs of a change against last year written short', () => {
  it('reads 比增 and 比降 as growth and fall, the subject carried from the amount before', () => {
    expect(figures('全市生产总值2860亿元，比增7.6%；社会消费品零售总额比降1.8%，规模以上工业增加值比增9%。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['生产总值', 2860, 'amount'],
      ['生产总值', 7.6, 'growth'],
      ['社会消费品零售总额', -1.8, 'growth'],
      ['规模以上工业增加值', 9, 'growth'],
    ])
  })

  it('reads 可比 (comparable) before the verb out of the label, as 同口径', () => {
    expect(figures('地方一般公共预算收入可比增长6.4%，税收收入同口径增长4%。').map((m) => [m.label, m.value])).toEqual([
      ['地方一般公共预算收入', 6.4],
      ['税收收入', 4],
    ])
  })
})

describe('verbs of a level as high as (高达, 最高达)', () => {
  it('reads the level after 高达 and 最高达, never 将高 or 最 left in the label', () => {
    expect(figures('今年高校毕业生将高达765万人。').map((m) => [m.label, m.value])).toEqual([['高校毕业生', 765]])
    expect(figures('边境一线乡镇边民补助最高达1.2万元。').map((m) => m.label)).toEqual(['边境一线乡镇边民补助'])
  })
})
