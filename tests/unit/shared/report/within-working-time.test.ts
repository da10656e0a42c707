import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.qualifier])

/** `N个工作日内`: a working time a service is promised in (tokens/figures.ts, rules/attributive.ts). */
describe('a working time with 内 is a time limit bounded by 以内', () => {
  it('reads 内 after a working time as 以内, after a cut as after a deed', () => {
    expect(view('工程建设项目审批时间压缩至75个工作日内，不动产登记4个工作日内办结。')).toEqual([
      ['工程建设项目审批时间', 75, '个工作日', '以内'],
      ['不动产登记', 4, '个工作日', '以内'],
    ])
  })

  it('reads working hours (个工作小时) as a unit of the time limit', () => {
    expect(view('实现企业开办6个工作小时内办结。')).toEqual([['企业开办', 6, '个工作小时', '以内']])
  })

  it('keeps 其他 and 其余 in a label: 其 opens the word, not the clause', () => {
    expect(view('抵押登记2个工作日内、其他登记类型4个工作日内办结。').map((f) => f[0])).toEqual(['抵押登记', '其他登记类型'])
  })

  it('leaves a time within which something happened at the head of its clause unread, as before', () => {
    expect(view('6天内受灾群众全部转移安置。')).toEqual([])
  })
})
