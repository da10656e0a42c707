import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

const labels = (...body: string[]) => lvu(...body).map((f) => f[0])

describe('rule: owner-before-list (an owner written before the first item of a list sharing a tail is every item’s)', () => {
  it('gives the owner before the first item’s own part to the later items that open as that part does', () => {
    expect(labels('某某港国内航线、国际航线旅客吞吐量分别增长12.5%和30.2%。')).toEqual(['某某港国内航线旅客吞吐量', '某某港国际航线旅客吞吐量'])
    expect(labels('某某机场国际旅客、国际快件货邮吞吐量分别增长8%和21%。')).toEqual(['某某机场国际旅客吞吐量', '某某机场国际快件货邮吞吐量'])
    expect(labels('城乡居民基本养老保险、基本医疗保险参保人数分别达到52.1万人、98.7万人。')).toEqual([
      '城乡居民基本养老保险参保人数',
      '城乡居民基本医疗保险参保人数',
    ])
  })

  it('writes once what the list’s head gave an item already (城镇 of 城镇职工)', () => {
    expect(labels('城镇职工基本养老保险、基本医疗保险参保人数分别增加1.2万人和2.3万人。')[1]).toBe('城镇职工基本医疗保险参保人数')
  })

  it('keeps one value for each item when the list shares it (均, a rate after the items)', () => {
    expect(labels('户籍居民基本养老保险、基本医疗保险参保率均稳定在97%以上。')).toEqual([
      '户籍居民基本养老保险参保率',
      '户籍居民基本医疗保险参保率',
    ])
  })

  it('gives a size class before a sector to the other sectors (规上工业、建筑业…)', () => {
    expect(labels('限额以上批发业、零售业销售额分别增长6%、4%。')).toEqual(['限额以上批发业销售额', '限额以上零售业销售额'])
  })

  it('gives nothing to items named whole, nor to items of a people, place or class of their own', () => {
    expect(labels('规上工业增加值、工业投资分别增长7%、9%。')).toEqual(['规上工业增加值', '工业投资'])
    expect(labels('电子信息制造业、汽车制造业产值分别增长15%、6%。')).toEqual(['电子信息制造业产值', '汽车制造业产值'])
    expect(labels('城镇居民基本养老保险、农村居民基本医疗保险参保率分别达96%、97%。')[1]).toBe('农村居民基本医疗保险参保率')
    // (“最多跑一次”“一次不用跑”: a part of two characters is no parallel part.)
    expect(labels('县级政务服务事项“最多跑一次”“一次不用跑”占比分别达95%、60%。')[1]).not.toMatch(/^县级政务服务事项最多/u)
  })
})
