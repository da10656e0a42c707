import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const read = (...body: string[]): [string, number, string, boolean][] =>
  figures(...body).map((m) => [m.label, m.value, m.kind, m.confidence.level === 'low'])

describe('a growth opening the sentence after ；with no subject is of the indicator whose level came before (flagged)', () => {
  it('地区生产总值…；增长6.2%，居…第3位', () => {
    expect(read('全市社会消费品零售总额达到820亿元，居全省第5位；增长6.2%，居全省第3位。')).toEqual([
      ['社会消费品零售总额', 820, 'amount', false],
      ['社会消费品零售总额', 5, 'rank', false],
      ['社会消费品零售总额', 6.2, 'growth', true],
      ['社会消费品零售总额', 3, 'rank', true],
    ])
  })

  it('only from the level of an indicator, and only with no subject of its own', () => {
    // 引进项目 names no indicator: the growth is read on from nothing.
    expect(read('引进项目120个；增长8%。').map(([, v]) => v)).toEqual([120])
    expect(read('地区生产总值完成560亿元；工业投资增长9%。').map(([l]) => l)).toEqual(['地区生产总值', '工业投资'])
  })
})
