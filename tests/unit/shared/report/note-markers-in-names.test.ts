import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a note marker inside a name is no part of it', () => {
  it('in a label read before the figure, Markdown footnotes ([^4]) as well as [4]', () => {
    expect(lvu('“两个15%”所得税[^4]政策累计减免税收8.2亿元。')).toEqual([['两个15%所得税政策减免税收', 8.2, '亿元']])
    expect(lvu('“两个15%”所得税〔4〕政策累计减免税收8.2亿元。')).toEqual([['两个15%所得税政策减免税收', 8.2, '亿元']])
  })
  it('in a noun read after a count: the marker neither ends the noun nor stays in it', () => {
    expect(lvu('全年培育23家“专精特新”[^9]企业。')).toEqual([['专精特新企业', 23, '家']])
    expect(lvu('推动41个“千企技改”[5]项目。')).toEqual([['千企技改项目', 41, '个']])
  })
})
