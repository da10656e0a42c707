import { describe, expect, it } from 'vitest'
import { planFigures as plan } from '../figures'

describe('rule: explained-state', () => {
  it('reads the figures of a sentence explaining how things stand as facts of the plan year, not goals', () => {
    expect(plan('后劲足主要是我市区位优越、产业基础扎实，常住人口900万左右，这些是发展的底气所在。')).toEqual([['常住人口', 900, '2025']])
    expect(plan('信心足得益于全市经营主体活跃，各类企业80万户，这是最大的优势。')).toEqual([['各类企业', 80, '2025']])
  })
  it('keeps a purpose (主要是为了…) and a sentence without an explanation a goal', () => {
    expect(plan('今年赤字规模适度扩大，主要是为了加大减税力度，全年再减少企业负担200亿元。')).toEqual([['减少企业负担', 200, '2025 target']])
    expect(plan('常住人口达到900万人。')).toEqual([['常住人口', 900, '2025 target']])
  })
  it('keeps the indicators a sentence announces with 主要是： goals (`预期性指标主要是：…`)', () => {
    expect(plan('今年全市发展的预期性指标主要是：地区生产总值增长6%左右；一般公共预算收入增长5%。')).toEqual([
      ['地区生产总值', 6, '2025 target'],
      ['一般公共预算收入', 5, '2025 target'],
    ])
  })
})
