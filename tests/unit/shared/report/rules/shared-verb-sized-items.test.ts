import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb, an item whose name opens with a size of its own (新增10亿元以上企业3家、50亿元以上企业1家)', () => {
  it('gives the item the verb of its series', () => {
    expect(lvu('力争新增5亿元以上企业4家、20亿元以上企业2家。')).toEqual([
      ['新增5亿元以上企业', 4, '家'],
      ['新增20亿元以上企业', 2, '家'],
    ])
    expect(lvu('全年签约亿元以上项目86个、10亿元以上项目12个、30亿元以上项目3个。')).toEqual([
      ['签约亿元以上项目', 86, '个'],
      ['签约10亿元以上项目', 12, '个'],
      ['签约30亿元以上项目', 3, '个'],
    ])
  })
  it('gives it what the first size measures too (年产值, 投资)', () => {
    expect(lvu('新培育年产值20亿元以上企业2家、5亿元以上企业7家。')).toEqual([
      ['新培育年产值20亿元以上企业', 2, '家'],
      ['新培育年产值5亿元以上企业', 7, '家'],
    ])
    expect(lvu('新引进投资10亿元以上工业项目9个、5亿元以上商贸项目6个。')).toEqual([
      ['新引进投资10亿元以上工业项目', 9, '个'],
      ['新引进投资5亿元以上商贸项目', 6, '个'],
    ])
  })
  it('gives it the verb after 其中 as for an item without a size', () => {
    expect(lvu('新增规模以上工业企业64家，其中10亿元以上企业5家。')).toEqual([
      ['新增规模以上工业企业', 64, '家'],
      ['新增10亿元以上企业', 5, '家'],
    ])
  })
  it('gives nothing when the first item has no verb of a series', () => {
    expect(lvu('全市亿元以上项目210个、10亿元以上项目31个。')).toEqual([
      ['亿元以上项目', 210, '个'],
      ['10亿元以上项目', 31, '个'],
    ])
    expect(lvu('全市规上工业企业900家，其中10亿元以上企业40家。')).toEqual([
      ['规上工业企业', 900, '家'],
      ['10亿元以上企业', 40, '家'],
    ])
  })
})
