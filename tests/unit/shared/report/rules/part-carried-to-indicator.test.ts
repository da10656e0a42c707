import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: part-carried-to-indicator, and owner-before over a list', () => {
  it('gives a standard indicator right after a zone’s figure the zone, never the place', () => {
    expect(lvu('力争园区工业产值超500亿元，规模以上工业增加值超110亿元。').map((f) => f[0])).toEqual(['园区工业产值', '园区规模以上工业增加值'])
    expect(lvu('高新区营业收入增长12%，全市规模以上工业增加值增长8%。').map((f) => f[0])[1]).toBe('规模以上工业增加值')
    expect(lvu('复制推广自贸区经验20项，市场主体增加6万户。').map((f) => f[0])[1]).not.toMatch(/自贸区市场主体/u)
  })
  it('gives the counties a list of indicators opened after a clause about them (县域经济…，…分别增长…)', () => {
    expect(lvu('县域经济呈现积极变化，一般公共预算收入、固定资产投资分别增长15.6%和18.4%。').map((f) => f[0])).toEqual(['县域一般公共预算收入', '县域固定资产投资'])
  })
})
