import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const lv = (body: string) => figures(body).map((m) => [m.label, m.value, m.unit])

describe('a doubling in words after a list, and before a goal word', () => {
  it('gives a doubling written in words after a list to each item', () => {
    expect(lv('五年来，城镇和农村居民人均可支配收入均实现翻番。')).toEqual([
      ['城镇居民人均可支配收入', 2, '倍'],
      ['农村居民人均可支配收入', 2, '倍'],
    ])
    expect(lv('到2025年，规上工业企业和专精特新企业数量实现翻番。')).toEqual([
      ['规上工业企业数量', 2, '倍'],
      ['专精特新企业数量', 2, '倍'],
    ])
  })
  it('leaves whole quantities whole, and starts the first item after a bracket it opens in', () => {
    expect(lv('每万人口有效发明专利拥有量、规上企业研发机构数量较2020年实现翻番。')).toEqual([
      ['每万人口有效发明专利拥有量', 2, '倍'],
      ['规上企业研发机构数量', 2, '倍'],
    ])
    expect(lv('实现“两个倍增”（专利授权量、技术合同成交额实现倍增）。').map((x) => x[0])).toEqual(['专利授权量', '技术合同成交额'])
  })
  it('reads the goal closing a doubling as the doubling itself, not a thing counted', () => {
    expect(lv('全县地区生产总值提前两年完成翻番目标。')).toEqual([['地区生产总值', 2, '倍']])
    expect(lv('农村居民人均可支配收入超额完成比2010年翻一番的目标。')).toEqual([['农村居民人均可支配收入', 2, '倍']])
    expect(lv('城镇和农村居民人均可支配收入提前实现翻番目标。')).toEqual([
      ['城镇居民人均可支配收入', 2, '倍'],
      ['农村居民人均可支配收入', 2, '倍'],
    ])
  })
  it('leaves a doubling that names a programme, or goals counted, alone', () => {
    expect(lv('启动特色产业振兴和翻番工程。')).toEqual([])
    expect(lv('提前一年实现两个翻番目标。')).toEqual([])
  })
})
