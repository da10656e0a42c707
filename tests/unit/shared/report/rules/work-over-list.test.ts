import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const labels = (body: string) => figures(body).map((m) => [m.label, m.value])

describe('rule: work-over-list', () => {
  it('gives the kind of work written after a list of counted things to each item', () => {
    expect(labels('今年完成2.3万套棚户区、960户农村危房和85个老旧小区改造。')).toEqual([
      ['棚户区改造', 2.3],
      ['农村危房改造', 960],
      ['老旧小区改造', 85],
    ])
    expect(labels('全年完成12座病险水库、30条农村河道整治。')).toEqual([
      ['病险水库整治', 12],
      ['农村河道整治', 30],
    ])
  })
  it('leaves items alone when the work does not close the list, or a clause stands between', () => {
    expect(labels('新增公办学位1.2万个，完成46个老旧小区改造。')).toEqual([
      ['新增公办学位', 1.2],
      ['老旧小区改造', 46],
    ])
  })
})
