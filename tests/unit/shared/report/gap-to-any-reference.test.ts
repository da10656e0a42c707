import { describe, expect, it } from 'vitest'
import { figures } from './figures'

/** label, value and kind of every figure, and whether it waits for a person (待核对). */
function read(body: string): [string, number, string, boolean][] {
  return figures(body).map((m) => [m.label, m.value, m.kind, m.confidence.level === 'low'])
}

describe('a gap in percentage points to a reference other than a wider area is the figure’s own change', () => {
  it('after the figure: the gap is labelled as the figure before (高于国家标准, 快于传统产业)', () => {
    expect(read('学前教育普及普惠，公办园在园幼儿占比达61.2%、高于省定标准8.1个百分点。')).toEqual([
      ['公办园在园幼儿占比', 61.2, 'share', false],
      ['公办园在园幼儿占比', 8.1, 'change', false],
    ])
    expect(read('数字产业增加值增长15.3%，快于传统产业9.7个百分点。')[1]).toEqual(['数字产业增加值', 9.7, 'change', false])
  })

  it('in its own subject: the comparison and the adverb before it leave the label (增速快于城镇居民)', () => {
    expect(read('山区农民收入增速快于城镇居民1.8个百分点。')).toEqual([['山区农民收入增速', 1.8, 'change', false]])
    expect(read('县域工业增加值增速均高于规上工业增速2.5个百分点。')).toEqual([['县域工业增加值增速', 2.5, 'change', false]])
  })

  it('below the reference the gap is negative (低于省控指标)', () => {
    expect(read('城镇登记失业率2.9%，低于省控目标1.6个百分点。')[1]).toEqual(['城镇登记失业率', -1.6, 'change', false])
  })

  it('a percentage after a comparison is no gap of the figure before (高于…平均水平5%)', () => {
    const [m] = figures('骨干企业营业收入增幅高于行业平均水平6%。')
    expect(m?.kind).not.toBe('change')
  })
})

describe('a rate compared with a reference, with no figure before it to be the rate of', () => {
  it('keeps the rate without the comparison and waits for a person', () => {
    expect(read('增速要高出地区生产总值3个百分点以上。')).toEqual([['增速', 3, 'change', true]])
  })
})

describe('a comparison read into the last subject of a list', () => {
  it('each item has its own gap, with the rate the list ends with, negative below the reference', () => {
    expect(read('受核算口径调整影响，全市生产总值、税收收入增幅低于预期目标0.8和2.1个百分点。')).toEqual([
      ['生产总值增幅', -0.8, 'change', false],
      ['税收收入增幅', -2.1, 'change', false],
    ])
  })
})

describe('a label that ran on into a comparison waits for a person', () => {
  it('a comparison with last year or a reference inside the label is flagged; a standard named by 好于 is not', () => {
    expect(read('外贸伙伴国家较上年同期新增5个。')[0]?.[3]).toBe(true)
    expect(read('农村低保人均补助水平高出省定标准25元。')[0]?.[3]).toBe(true)
    expect(read('地表水好于Ⅲ类水体比例达到86.4%。')).toEqual([['地表水好于Ⅲ类水体比例', 86.4, 'share', false]])
  })
})
