import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a numbered size bracketed inside a noun (小（二）型) is part of it', () => {
  it('the noun runs on through the bracket, full-width or half-width', () => {
    expect(lvu('整治23座小（二）型水库，新建农村公路30公里。')).toEqual([
      ['小（二）型水库', 23, '座'],
      ['新建农村公路', 30, '公里'],
    ])
    expect(lvu('完成6座小(一)型水库除险加固。')).toEqual([['小(一)型水库除险加固', 6, '座']])
  })

  it('a bracket that closes the noun still names the other kind it counts, and a note is still no part of it', () => {
    expect(lvu('19个对口支援县（市）全部脱贫摘帽。')).toEqual([['对口支援县（市）', 19, '个']])
  })
})
