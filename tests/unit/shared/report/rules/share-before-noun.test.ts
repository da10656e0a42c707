import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind])

describe('rule: share-before-noun', () => {
  it('names a share written before its noun by the noun and the whole it is a share of', () => {
    expect(view('全县以占全市6.2%的土地，贡献了占全市9.8%的税收。')).toEqual([
      ['土地占全市比重', 6.2, 'share'],
      ['税收占全市比重', 9.8, 'share'],
    ])
  })
  it('carries the whole to the next items of the list', () => {
    expect(view('创造了占全省12.4%的工业增加值、15.1%的出口总额。')).toEqual([
      ['工业增加值占全省比重', 12.4, 'share'],
      ['出口总额占全省比重', 15.1, 'share'],
    ])
  })
})
