import { describe, expect, it } from 'vitest'
import { figures } from './figures'

/** label, value, kind, and whether it waits for a person (待核对), of the figures from the index on. */
function read(body: string, from: number): [string, number, string, boolean][] {
  return figures(body)
    .slice(from)
    .map((m) => [m.label, m.value, m.kind, m.confidence.level === 'low'])
}

describe('a change written once with 均 after several levels is the change of each', () => {
  it('growths after amounts, and after a pair read with 分别', () => {
    expect(read('全年外贸出口额86.3亿元，跨境电商交易额41.2亿元，均增长18%。', 2)).toEqual([
      ['外贸出口额', 18, 'growth', false],
      ['跨境电商交易额', 18, 'growth', false],
    ])
    expect(read('城乡居民人均可支配收入分别达到45210元、23980元，均增长6.6%。', 2)).toEqual([
      ['城镇居民人均可支配收入', 6.6, 'growth', false],
      ['农村居民人均可支配收入', 6.6, 'growth', false],
    ])
  })

  it('a change in points after two shares', () => {
    expect(read('数字经济核心产业占比12.4%，研发投入强度2.6%，均提高0.3个百分点。', 2)).toEqual([
      ['数字经济核心产业占比', 0.3, 'change', false],
      ['研发投入强度', 0.3, 'change', false],
    ])
  })

  it('past two levels the reach of 均 is a guess: each is flagged', () => {
    expect(read('完成造林8.1万亩，新增绿地320万平方米，改造公园12万平方米，均增长20%。', 3).map((f) => f[3])).toEqual([true, true, true])
  })

  it('after a growth the clause is that growth’s subject alone', () => {
    expect(read('税收收入58.6亿元、增长9.2%，均衡发展。', 1)).toEqual([['税收收入', 9.2, 'growth', false]])
  })
})

describe('a rank of the rate written once with 均 after several levels ranks the rate of each', () => {
  it('two levels of different kinds (a count and an amount)', () => {
    expect(read('接待游客5200万人次，旅游总收入480亿元，增速均居全省第2位。', 2)).toEqual([
      ['接待游客增速', 2, 'rank', false],
      ['旅游总收入增速', 2, 'rank', false],
    ])
  })
})
