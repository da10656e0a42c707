import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** Phrasings of national and county reports that the Yulin sample does not use. */
const county = [
  '政 府 工 作 报 告',
  '——２０２２年１月１０日在某县第十八届人民代表大会第一次会议上',
  '',
  '一、过去五年工作回顾',
  '',
  '过去五年，全县地区生产总值年均增长７．２％，２０２１年达到２３５．６亿元。一般公共预算收入由１２．３亿元增加到１８．７亿元。',
  '',
  '二、今后五年奋斗目标和２０２２年工作安排',
  '',
  '今后五年，全县地区生产总值年均增长７％以上，到２０２６年突破３２０亿元。２０２２年主要预期目标是：城乡居民人均可支配收入分别增长７％和８．５％。',
].join('\n')

const national = [
  '政府工作报告',
  '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
  '',
  '一、2023年工作回顾',
  '',
  '全国居民人均可支配收入实际增长6.1%。一是增发1万亿元国债。二是新增减税降费及退税缓费超过2.2万亿元。',
].join('\n')

const find = (text: string, value: number) => analyzeReportText(text).metrics.find((m) => m.value === value)

describe('genre phrasings', () => {
  it('reads 由X增加到Y as the subject reaching Y', () => {
    expect(find(county, 18.7)).toMatchObject({ label: '一般公共预算收入', unit: '亿元', kind: 'amount', quote: '一般公共预算收入由１２．３亿元增加到１８．７亿元' })
  })

  it('takes the year named inside the clause: “2021年达到235.6亿元”', () => {
    expect(find(county, 235.6)).toMatchObject({ label: '地区生产总值', period: '2021' })
  })

  it('carries the subject over a time phrase, and makes “到2026年” a target', () => {
    expect(find(county, 320)).toMatchObject({ label: '地区生产总值', qualifier: '突破', period: '2026 target' })
  })

  it('splits 城乡居民…分别增长7%和8.5% into urban and rural growth', () => {
    expect(find(county, 7)).toBeDefined()
    const metrics = analyzeReportText(county).metrics.filter((m) => m.quote.startsWith('城乡居民'))
    expect(metrics.map((m) => [m.label, m.value, m.kind])).toEqual([
      ['城镇居民人均可支配收入', 7, 'growth'],
      ['农村居民人均可支配收入', 8.5, 'growth'],
    ])
  })

  it('drops enumerators (二是) and qualifiers of growth (实际) from labels', () => {
    expect(find(national, 2.2)).toMatchObject({ label: '新增减税降费及退税缓费', qualifier: '超过' })
    expect(find(national, 6.1)).toMatchObject({ label: '居民人均可支配收入', kind: 'growth', period: '2023' })
  })
})

const province = [
  '2023年某某省人民政府工作报告',
  '——2023年1月15日在某某省第十四届人民代表大会第一次会议上',
  '',
  '一、2022年和过去五年工作回顾',
  '',
  '2022年，全省生产总值达到4.8万亿元、增长3.1%，高于全国0.1个百分点；一般公共预算收入完成3265亿元，同口径增长4.5%。',
  '',
  '（一）坚持改革开放，发展活力不断增强。进出口总额年均增长12%。',
  '',
  '（1）营商环境评价居全国第8位。',
].join('\n')

describe('provincial phrasings', () => {
  it('lets a year at the head of a sentence govern it across semicolons', () => {
    expect(find(province, 3265)).toMatchObject({ label: '一般公共预算收入', period: '2022' })
    expect(find(province, 0.1)).toMatchObject({ unit: '个百分点', kind: 'change', period: '2022' })
  })

  it('carries the subject over 同口径, and keeps list numbers out of labels', () => {
    expect(find(province, 4.5)).toMatchObject({ label: '一般公共预算收入', kind: 'growth' })
    expect(find(province, 8)).toMatchObject({ label: '营商环境评价', kind: 'rank' })
  })
})

const city = [
  '政府工作报告',
  '——2023年1月8日在某某市第十七届人民代表大会第二次会议上',
  '',
  '一、2022年工作回顾',
  '',
  '城乡居民人均可支配收入分别达到45678元、23456元，分别增长4.5%、6.7%。PM2.5平均浓度下降至28微克/立方米。',
].join('\n')

describe('city phrasings', () => {
  it('gives a second 分别 list the first list’s subjects, pair by pair', () => {
    expect(find(city, 4.5)).toMatchObject({ label: '城镇居民人均可支配收入', kind: 'growth' })
    expect(find(city, 6.7)).toMatchObject({ label: '农村居民人均可支配收入', kind: 'growth' })
  })

  it('reads air-quality units', () => {
    expect(find(city, 28)).toMatchObject({ unit: '微克/立方米', label: 'PM2.5平均浓度' })
  })
})
