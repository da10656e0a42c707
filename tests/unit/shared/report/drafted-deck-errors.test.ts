import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { titlePeriod } from '../../../../src-shared/report/period'
import { figures } from './figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.indicator, m.confidence.level])

describe('a count of the items just listed counts them', () => {
  it('gives a count of listed indicators to none of them, and leaves it for the user to check', () => {
    const got = view('投资、规模以上工业增加值、一般公共预算收入3项指标增速均居全省前列。')
    expect(got).toHaveLength(1)
    expect(got[0]?.[1]).toBe(3)
    expect(got[0]?.[2]).toBeNull()
    expect(got[0]?.[3]).toBe('low')
    expect(String(got[0]?.[0])).toMatch(/^指标/)
    const kept = view('除生产总值、社会消费品零售总额2个指标外，其余指标全部完成。')
    expect(kept.map((f) => [f[1], f[2], f[3]])).toEqual([[2, null, 'low']])
  })

  it('names the things counted by the noun after the count, not by the last item listed', () => {
    expect(view('建成望江、临湖2个四星级酒店。').map((f) => [f[0], f[1]])).toEqual([['四星级酒店', 2]])
    // (Works counted are no indicators: the figure stays sure.)
    expect(view('实施托育服务、黑臭水体整治、老旧小区改造3项民生工程。').map((f) => [f[0], f[1], f[3]])).toEqual([['民生工程', 3, 'high']])
  })

  it('still pairs a list with its values, and shares a rate among indicators named whole', () => {
    expect(view('能源、交通投资分别完成480亿元、260亿元。').map((f) => f[0])).toEqual(['能源投资', '交通投资'])
    expect(view('新开工项目、竣工项目分别为120个、85个。').map((f) => f[1])).toEqual([120, 85])
  })
})

describe('a quote does not open with the number of its list item', () => {
  it('drops （N）, (N), N. and circled numbers before the words quoted', () => {
    const quotes = figures('（12）新增城镇就业1.5万人。', '(3)改造老旧小区40个。', '⑤建成口袋公园8个。').map((m) => m.quote)
    expect(quotes).toEqual(['新增城镇就业1.5万人', '改造老旧小区40个', '建成口袋公园8个'])
  })

  it('keeps a number that is itself part of what is quoted', () => {
    expect(figures('新建5G基站1200个。').map((m) => m.quote)).toEqual(['新建5G基站1200个'])
  })
})

describe('the work of a government term, named without a year, is its review', () => {
  it('dates 本届政府的主要工作 as the term, and 新一届政府 or a year’s 主要工作 as before', () => {
    expect(titlePeriod('本届政府的主要工作', 1, 2022)).toBe('2017-2021')
    expect(titlePeriod('第四届市人民政府主要工作', 1, 2022)).toBe('2017-2021')
    expect(titlePeriod('新一届政府的主要工作', 1, 2022)).not.toBe('2017-2021')
    expect(titlePeriod('本届政府工作的总体目标', 1, 2022)).not.toBe('2017-2021')
    expect(titlePeriod('2022年主要工作', 1, 2022)).toBe('2022 target')
  })

  it('dates the figures of that part as of the past, never as the plan year’s targets', () => {
    const text = [
      '某市2022年政府工作报告',
      '——2022年2月10日在某市第五届人民代表大会第一次会议上',
      '',
      '一、本届政府的主要工作',
      '',
      '2021年是本届政府任期的最后一年。',
      '',
      '一是以改革促发展，经济运行稳中有进。',
      '',
      '民生保障持续加强。城镇新增就业9100人，登记失业率3.9%，均完成年度任务。',
      '',
      '二、2022年的重点工作',
      '',
      '城镇新增就业9500人以上。',
    ].join('\n')
    const got = analyzeReportText(text).metrics.map((m) => [m.value, m.period])
    expect(got).toEqual([
      [9100, '2021'],
      [3.9, '2021'],
      [9500, '2022 target'],
    ])
  })
})

describe('a goal date after a restating word (即到2027年) still dates the goal', () => {
  const planOf2023 = (line: string) =>
    analyzeReportText(['某市2023年政府工作报告', '一、2022年工作回顾', '全市生产总值增长3%。', '二、2023年主要目标任务', line].join('\n')).metrics.slice(1)

  it('dates the figures after ，即到2027年 or ，就是到2027年 to 2027, not to the plan year', () => {
    for (const line of ['市委明确了发展目标，即到2027年“总量进位”，GDP进入全省前5。', '市委明确了发展目标，就是到2027年，GDP进入全省前5。']) {
      expect(planOf2023(line).map((m) => [m.label, m.value, m.period])).toEqual([['GDP', 5, '2027 target']])
    }
  })

  it('keeps the restating word and the date out of the label', () => {
    expect(planOf2023('市委明确了发展目标，即到2027年GDP进入全省前5。').map((m) => [m.label, m.period])).toEqual([['GDP', '2027 target']])
  })
})

describe('a plan named after a restating word does not override the year it restates', () => {
  it('keeps 到2026年，即到“十四五”中期 dated 2026', () => {
    const text = ['某市2024年政府工作报告', '一、2023年工作回顾', '全市生产总值增长3%。', '二、2024年工作安排', '第一步，到2026年，即到“十四五”中期，地区生产总值超过900亿元。'].join('\n')
    expect(analyzeReportText(text).metrics.slice(1).map((m) => [m.value, m.period])).toEqual([[900, '2026 target']])
  })
})

describe('an item saying whose the measure is pairs with the whole of the last item’s opening', () => {
  it('pairs 城镇 with 农村牧区, not with 农村 leaving 牧区 to the tail', () => {
    expect(view('城镇和农村牧区常住居民人均可支配收入分别增长8%和9%。').map((f) => [f[0], f[1], f[2]])).toEqual([
      ['城镇常住居民人均可支配收入', 8, 'urban-income'],
      ['农村牧区常住居民人均可支配收入', 9, 'rural-income'],
    ])
    expect(view('城镇、农村居民人均可支配收入分别增长5%、7%。').map((f) => f[0])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
  })
})
