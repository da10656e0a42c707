import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { lvu, planFigures } from './figures'

/** label, value, unit and period of each figure in a report of 2023 whose plan part holds the body. */
const plan2023 = (...body: string[]) =>
  analyzeReportText(['某省2023年政府工作报告', '各位代表：', '一、2022年工作回顾', '地区生产总值增长5%。', '二、2023年工作安排', ...body].join('\n'))
    .metrics.slice(1)
    .map((m) => [m.label, m.value, m.unit, m.period])

describe('patterns of the genre first met in round 25 of the held-out reports', () => {
  it('dates a goal by the year right after a word of striving, without 到; never by a year gone or one since which', () => {
    expect(plan2023('力争2025年材料产业规模突破2万亿元，其中新材料占比超过50%。')).toEqual([
      ['材料产业规模', 2, '万亿元', '2025 target'],
      ['新材料占比', 50, '%', '2025 target'],
    ])
    expect(plan2023('力争2022年第二批项目获批，确保33个新能源项目建成投产。').map((f) => f[3])).toEqual(['2023 target'])
    expect(plan2023('确保2018年以来招商项目落地率达到50%以上。').map((f) => f[3])).toEqual(['2023 target'])
  })
  it('leaves the end of a plan period out of the label (“十四五”期末)', () => {
    expect(planFigures('“十四五”期末地区生产总值达1.5万亿元。')).toEqual([['地区生产总值', 1.5, '2025 target']])
  })
  it('takes circled note markers out of a label', () => {
    expect(lvu('引进“四新一特①”项目81个，计划总投资241亿元。').map((f) => f[0])).toEqual(['四新一特项目', '四新一特项目总投资'])
  })
  it('takes the verb of an achievement off what it ranks (取得…第二)', () => {
    expect(lvu('取得人均地区生产总值全区第二。')).toEqual([['人均地区生产总值', 2, '位']])
    expect(lvu('取得专利授权1200件。')).toEqual([['专利授权', 1200, '件']])
  })
  it('reads a unit of land or water per output (公顷/亿元, 立方米/万元), never the output alone as a figure', () => {
    expect(lvu('单位GDP建设用地使用面积降至65公顷/亿元以下。')).toEqual([['单位GDP建设用地使用面积', 65, '公顷/亿元']])
    expect(lvu('万元GDP用水量降至30立方米/万元。')).toEqual([['万元GDP用水量', 30, '立方米/万元']])
  })
  it('reads a doubling in quotes that names a goal reached as the doubling, not a campaign named by it', () => {
    expect(lvu('城乡居民人均可支配收入实现“翻一番”目标。')).toEqual([['城乡居民人均可支配收入', 2, '倍']])
    expect(lvu('地区生产总值提前实现比2010年“翻一番”目标。')).toEqual([['地区生产总值', 2, '倍']])
    expect(lvu('启动“翻一番”目标行动。')).toEqual([])
    expect(lvu('制定“翻一番”目标。')).toEqual([])
  })
  it('reads a number in words and its magnitude after a word of reaching as digits would be (突破一千亿元)', () => {
    expect(lvu('引进到位资金突破一千亿元。')).toEqual([['到位资金', 1000, '亿元']])
    expect(lvu('口岸过货量突破一千万吨。')).toEqual([['口岸过货量', 1000, '万吨']])
    expect(lvu('粮食产量突破百万吨。')).toEqual([['粮食产量', 100, '万吨']])
    // A threshold naming what it bounds is no figure: before a noun, 的 or a bracket.
    expect(lvu('其中超千万美元（含增资）项目37个。').map((f) => f[1])).toEqual([37])
    expect(lvu('纳税超一千万元企业达到30家。').map((f) => f[1])).toEqual([30])
  })
  it('gives each item of a list the milestone they passed side by side (并肩站上), and 站上 is a verb', () => {
    expect(lvu('稀土、晶硅光伏、钢铁产值并肩站上千亿元台阶。')).toEqual([
      ['稀土产值', 1000, '亿元'],
      ['晶硅光伏产值', 1000, '亿元'],
      ['钢铁产值', 1000, '亿元'],
    ])
  })
  it('keeps the other deeds of a build verb in brackets as written, and shares the verb along a series', () => {
    expect(lvu('完成新（改、扩）建幼儿园45所、义务教育阶段学校19所。').map((f) => f[0])).toEqual(['新（改、扩）建幼儿园', '新（改、扩）建义务教育阶段学校'])
    // A note in brackets with a list still goes (含…、…).
    expect(lvu('社会保障支出（含养老、医疗）120亿元。').map((f) => f[0])).toEqual(['社会保障支出'])
  })
  it('leaves the field among which a figure came first out of its label (在全省地级市率先…)', () => {
    expect(lvu('地区生产总值在全省地级市率先突破三千亿元，达到3010.08亿元。').map((f) => f[0])).toEqual(['地区生产总值', '地区生产总值'])
  })
  it('reads an industry opening a paragraph indented as pasted from Word as it reads it unindented', () => {
    const plain = lvu('五大战新产业发挥应用场景优势，实现产值突破550亿元。')
    expect(plain).toEqual([['五大战新产业产值', 550, '亿元']])
    expect(lvu('\u3000\u3000五大战新产业发挥应用场景优势，实现产值突破550亿元。')).toEqual(plain)
  })
})
