import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const lk = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind])

describe('rule: rank-of-another-part', () => {
  it('ranks another part of the place named alone in the same ranking as the rank before it', () => {
    expect(lk('甲乙高新区在全国排名由43位上升到39位，丙丁经开区由49位上升到21位。').slice(2)).toEqual([
      ['丙丁经开区在全国排名', 49, 'rank'],
      ['丙丁经开区在全国排名', 21, 'rank'],
    ])
  })
  it('leaves places counted after a figure that is no rank', () => {
    expect(lk('高新区新增企业120家，经开区新增企业80家。').map((f) => f[2])).toEqual(['count', 'count'])
  })
})
