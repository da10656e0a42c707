import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: subject-before', () => {
  it('gives a rate of change without a subject the subject of the clause before, read up to its verb', () => {
    expect(lvu('社会物流总额增长止跌回升，比上年增长4.2%。')).toEqual([['社会物流总额', 4.2, '%']])
  })
  it('takes nothing for an amount, or from a clause with a figure of its own', () => {
    expect(lvu('公共服务水平显著提高，累计完成投入12亿元。')).toEqual([])
    expect(lvu('工业用电量增长8%，比上年提高2.1%。').map((f) => f[0])).toEqual(['工业用电量', '工业用电量'])
  })
})
