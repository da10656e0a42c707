import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { cityReport } from './figures'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.value, m.period])

describe('a time opening a sentence speaks for the rest of its paragraph', () => {
  it('dates the sentences after 五年来 in a paragraph that opens with another year (review of one year)', () => {
    const text = cityReport(
      '全市生产总值增长5%。',
      '各位代表！2024年目标任务顺利完成，“十四五”圆满收官。五年来，我们接续奋斗。一是实力再上台阶。全市生产总值年均增长6.1%，一般公共预算收入突破300亿元。二是民生持续改善。城镇新增就业年均8万人。',
    )
    expect(periods(text)).toEqual([
      ['生产总值', 5, '2024'],
      ['生产总值', 6.1, '2020-2024'],
      ['一般公共预算收入', 300, '2020-2024'],
      ['城镇新增就业', 8, '2020-2024'],
    ])
  })

  it('lets a later sentence name another time again', () => {
    const text = cityReport('五年来，全市生产总值年均增长6%。2024年，全市生产总值增长5.2%。粮食产量120万吨。')
    expect(periods(text)).toEqual([
      ['生产总值', 6, '2020-2024'],
      ['生产总值', 5.2, '2024'],
      ['粮食产量', 120, '2024'],
    ])
  })

  it('hands the last time a paragraph names on to the ——-led paragraphs after it, in a part of two times', () => {
    const text = [
      '2021年某某市政府工作报告',
      '一、2020年和“十三五”时期工作回顾',
      '2020年，全市生产总值增长2%。',
      '各位代表，2020年工作成效扎实，“十三五”规划顺利收官。“十三五”时期，我们砥砺前行。',
      '——发展新格局形成。工业投资年均增长7%，高新技术企业突破600家。',
      '二、2021年主要工作',
      '全市生产总值增长8%以上。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', 2, '2020'],
      ['工业投资', 7, '2016-2020'],
      ['高新技术企业', 600, '2016-2020'],
      ['生产总值', 8, '2021 target'],
    ])
  })

  it('reads a part on one plan’s achievements and the next plan’s goals as speaking of both, in turn', () => {
    const text = [
      '政府工作报告',
      '——二〇一六年一月二十日在某某省第十二届人民代表大会第四次会议上',
      '一、“十二五”发展成就及“十三五”主要目标',
      '回顾过去的五年，我们走过的路很不平凡。全省生产总值年均增长9%。',
      '各位代表！',
      '“十三五”时期是全面建成小康社会的决胜阶段。',
      '主要预期目标是：生产总值比2010年翻一番以上，常住人口城镇化率达到56%。',
      '二、2016年主要工作',
      '今年主要预期目标是：生产总值增长7.5%左右。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', 9, '2011-2015'],
      ['生产总值', 2, '2016-2020 target'],
      ['常住人口城镇化率', 56, '2016-2020 target'],
      ['生产总值', 7.5, '2016 target'],
    ])
  })

  it('reads a five-year part that opens on the last year (过去一年，…) as that year until 五年来, and the parts after the plan year’s goals as the plan year', () => {
    const text = [
      '——2021年2月20日在某某市第十六届人民代表大会第八次会议上',
      '各位代表：',
      '一、“十三五”规划圆满收官',
      '过去一年，是极不平凡的一年。一年来，主要抓了以下方面的工作。',
      '一是稳住经济基本盘。城镇新增就业3.1万人。',
      '五年来，我们补齐短板。全市生产总值年均增长6%。',
      '二、携手奋进“十四五”',
      '“十四五”时期主要目标是：生产总值年均增长6%左右。',
      '三、准确把握新发展阶段',
      '今年经济社会主要预期指标是：地区生产总值增长6.5%左右。',
      '四、以推动高质量发展为主题',
      '新增城镇就业3.2万人。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['城镇新增就业', 3.1, '2020'],
      ['生产总值', 6, '2016-2020'],
      ['生产总值', 6, '2021-2025 target'],
      ['地区生产总值', 6.5, '2021 target'],
      ['新增城镇就业', 3.2, '2021 target'],
    ])
  })

  it('reads the years since a session (…以来的五年，是…) as the five years past, until the review turns to the year', () => {
    const text = [
      '政府工作报告',
      '——2023年1月10日在某某市第十六届人民代表大会第一次会议上',
      '一、过去五年和2022年工作回顾',
      '市十五届人大一次会议以来的五年，是很不平凡的五年。',
      '——综合实力跃上新台阶。全市生产总值达到3200亿元，城镇新增就业40万人。',
      '刚刚过去的2022年，全市生产总值增长3.1%。',
      '二、2023年工作安排',
      '全市生产总值增长6%左右。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', 3200, '2018-2022'],
      ['城镇新增就业', 40, '2018-2022'],
      ['生产总值', 3.1, '2022'],
      ['生产总值', 6, '2023 target'],
    ])
  })
})

describe('words of the genre the held-out reports showed', () => {
  it('keeps the ordinal of the three sectors of the economy (第一产业增加值 is no 一是-style enumeration)', () => {
    const text = cityReport('全市实现地区生产总值3176.9亿元，其中：第一产业增加值231.4亿元，增长4.0%；第二产业增加值1501.1亿元，下降1.3%。')
    expect(analyzeReportText(text).metrics.map((m) => [m.label, m.value])).toEqual([
      ['地区生产总值', 3176.9],
      ['第一产业增加值', 231.4],
      ['第一产业增加值', 4],
      ['第二产业增加值', 1501.1],
      ['第二产业增加值', -1.3],
    ])
  })

  it('reads 跨过 before a level as 超过', () => {
    const [m] = analyzeReportText(cityReport('全市生产总值跨过3000亿元。')).metrics
    expect([m?.label, m?.value, m?.unit, m?.qualifier]).toEqual(['生产总值', 3000, '亿元', '超过'])
  })

  it('does not take 有望 (expected to) for a label', () => {
    const labels = analyzeReportText(cityReport('有望再实现33个贫困县摘帽。')).metrics.map((m) => m.label)
    expect(labels).not.toContain('有望')
    expect(labels).toHaveLength(1)
  })

  it('keeps a glossary headed 附注 after the closing out of the body and its numbers out of the figures', () => {
    const r = analyzeReportText(
      [...cityReport('全市生产总值增长5%。').split('\n'), '各位代表！让我们团结奋斗。', '附注', '三馆一站：公共图书馆、文化馆、博物馆和1个综合文化站。', '5个50：50个重大项目。'].join('\n'),
    )
    expect(r.annexes.map((a) => a.title)).toEqual(['附注'])
    expect(r.metrics.map((m) => m.value)).toEqual([5])
  })

  it('does not date a sentence by a year long past that only describes a thing (2000年底前建成的)', () => {
    const text = cityReport('全市生产总值增长5%。', '二、2025年工作安排', '推进城市更新，2000年底前建成投用的老旧小区应改尽改，实施4个城中村改造项目。')
    expect(periods(text).slice(1)).toEqual([['城中村改造项目', 4, '2025 target']])
  })
})
