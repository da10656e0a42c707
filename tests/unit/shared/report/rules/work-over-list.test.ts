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
  it('gives no work to an item that closes on its own deed, to projects, nor where the work is of a kind or a part', () => {
    expect(labels('完成9座水闸除险加固和40座山塘整治。')).toEqual([
      ['水闸除险加固', 9],
      ['山塘整治', 40],
    ])
    expect(labels('完成15个污水治理项目、60个老旧小区改造。')).toEqual([
      ['污水治理项目', 15],
      ['老旧小区改造', 60],
    ])
    expect(labels('为30个社区服务站和500户残疾人家庭实施无障碍改造。')[0]).toEqual(['社区服务站', 30])
    expect(labels('完成20对煤矿智能化改造和12座桥梁的加固改造。')[0]?.[0]).not.toMatch(/改造改造/)
  })
})
