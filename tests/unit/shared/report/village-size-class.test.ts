import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a size of the settlements meant (tokens/figures.ts)', () => {
  it('reads a bounded size before a settlement as the class of villages meant, no figure', () => {
    expect(lvu('40户以上自然村全部通硬化路。')).toEqual([])
    expect(lvu('实现50户及以上村民组光纤网络全覆盖。')).toEqual([])
    expect(lvu('力争800人以上行政村文化礼堂全覆盖。')).toEqual([])
  })
  it('keeps the figure of the clause after the class', () => {
    expect(lvu('20户以上自然村通客车率达到88%。')).toEqual([['20户以上自然村通客车率', 88, '%']])
  })
  it('keeps a count of households that is a figure', () => {
    expect(lvu('解决1.6万户以上农村群众饮水问题。').map(([, v, u]) => `${v}${u}`)).toEqual(['1.6万户'])
  })
})
