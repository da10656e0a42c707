import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: counted-title, things put on a list without 被 or with who put them there (列为, 确定为, 被…列为)', () => {
  it('labels the things by the title when it names things of their kind', () => {
    expect(lvu('甲县等4个县列为省级重点帮扶县。')).toEqual([['省级重点帮扶县', 4, '个']])
    expect(lvu('全市9个村被省政府列为森林乡村示范村。')).toEqual([['森林乡村示范村', 9, '个']])
    expect(lvu('12个项目确定为市级民生实事项目。')).toEqual([['市级民生实事项目', 12, '个']])
  })
  it('keeps the things when the list is of another kind', () => {
    expect(lvu('3个水库列为国家重点实施项目。')).toEqual([['列为国家重点实施项目的水库', 3, '个']])
  })
})

describe('rule: honoured-count, things taken into a list or plan (被纳入, 被列入)', () => {
  it('labels the things with what they were taken into (noun + deed, as the label files write honours)', () => {
    expect(lvu('甲牌等5个产品被纳入全国农产品目录。')).toEqual([['产品被纳入全国农产品目录', 5, '个']])
    expect(lvu('8户企业被列入省级重点保障企业。')).toEqual([['企业被列入省级重点保障企业', 8, '户']])
  })
  it('leaves a noun with 被 inside its name whole', () => {
    expect(lvu('2000名失信被执行人受到联合惩戒。').map(([l]) => l)).toEqual([expect.stringContaining('失信被执行人')])
  })
})

describe('rule: honoured-count, 获评为', () => {
  it('reads the honour after 为, not 为 as part of it', () => {
    expect(lvu('3所学校获评为全国国防教育示范学校。')).toEqual([['学校获评为全国国防教育示范学校', 3, '所']])
  })
})
