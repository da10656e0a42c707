import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value])

/** A head before the first item of a list (城镇, 农村) and the items that name their own people (words/labels.ts). */
describe('rule: list-pairing, a head shared by the items of a list', () => {
  it('does not give 城镇 to an item that names its own people (农民人均纯收入), with 、 or 和, 分别 or 均', () => {
    expect(view('城镇居民人均可支配收入、农民人均纯收入分别增长9.5%和11.2%。城市居民人均可支配收入和农民人均纯收入均增长8%。')).toEqual([
      ['城镇居民人均可支配收入', 9.5],
      ['农民人均纯收入', 11.2],
      ['城市居民人均可支配收入', 8],
      ['农民人均纯收入', 8],
    ])
  })

  it('still shares the head with an item that names no people of its own (卫生户厕, 居民)', () => {
    expect(view('农村自来水、卫生户厕普及率分别达到92%和81%，城镇职工和居民基本医疗保险最高支付限额分别达到28万元和18万元。')).toEqual([
      ['农村自来水普及率', 92],
      ['农村卫生户厕普及率', 81],
      ['城镇职工基本医疗保险最高支付限额', 28],
      ['城镇居民基本医疗保险最高支付限额', 18],
    ])
  })

  it('keeps a short measure before a substance whole (能耗、二氧化碳排放), and shares a tail between substances', () => {
    expect(view('单位地区生产总值能耗、二氧化碳排放分别下降3.2%和4%，二氧化硫、氮氧化物排放量分别下降2%、3%。')).toEqual([
      ['单位地区生产总值能耗', -3.2],
      ['单位地区生产总值二氧化碳排放', -4],
      ['二氧化硫排放量', -2],
      ['氮氧化物排放量', -3],
    ])
  })

  it('gives the national per-unit base (单位国内生产总值) to every item, as the regional one', () => {
    expect(view('单位国内生产总值能耗和二氧化碳排放分别降低3%、4.5%。')).toEqual([
      ['单位国内生产总值能耗', -3],
      ['单位国内生产总值二氧化碳排放', -4.5],
    ])
  })
})
