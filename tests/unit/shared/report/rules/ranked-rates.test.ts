import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const ranks = (...body: string[]): [string, number, string][] =>
  figures(...body)
    .filter((m) => m.kind === 'rank')
    .map((m) => [m.label, m.value, m.confidence.level])

/**
 * A rate of growth ranked together with other things (rank-list): the rate that ends the last item ends every item
 * without one (`甲、乙增速均居…`), and a rate alone after one thing named in full is that thing's (`甲和增速均居…`).
 */
describe('ranked rates of growth', () => {
  it('gives the rate ending the last item to every item before it', () => {
    expect(ranks('限上批发业、限上零售业增速均居全省第3。')).toEqual([
      ['限上批发业增速', 3, 'high'],
      ['限上零售业增速', 3, 'high'],
    ])
    expect(ranks('全市城镇新增就业人数、农村劳动力转移人数增幅均居全省第二。')).toEqual([
      ['城镇新增就业人数增幅', 2, 'high'],
      ['农村劳动力转移人数增幅', 2, 'high'],
    ])
  })
  it('reads a rate alone after a thing named in full as that thing’s', () => {
    expect(ranks('网络零售额和增速均居全省第一位。')).toEqual([
      ['网络零售额', 1, 'high'],
      ['网络零售额增速', 1, 'high'],
    ])
  })
  it('leaves two measures, a rate and a generic first item as they were', () => {
    expect(ranks('增量和增幅均居全省第一。').map(([label]) => label)).toEqual(['增量', '增幅'])
    expect(ranks('总量和增速均居全省第一。').map(([label]) => label)).toEqual(['总量', '增速'])
    expect(ranks('投资完成率和增幅均排全区第一。').map(([label]) => label)).toEqual(['投资完成率', '增幅'])
  })
})
