import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.period])
const checked = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.confidence.level])

/**
 * What may stand between a change's two levels, and changes of which the text writes one level only or one level reached
 * by several (rules/from-to.ts, rules/start-of-change.ts).
 */
describe('rule: from-to, the words between the levels', () => {
  it('reads a deed of two verbs between the levels (清理规范为, 合并压减至, 整合优化为) as the change, both levels of the subject', () => {
    expect(view('一、过去五年工作回顾', '五年来，市级权责清单事项由4210项清理规范为2380项，议事协调机构由96个合并压减至41个，国有企业由35户整合优化为9户。')).toEqual([
      ['市级权责清单事项', 4210, '项', '2019'],
      ['市级权责清单事项', 2380, '项', '2024'],
      ['议事协调机构', 96, '个', '2019'],
      ['议事协调机构', 41, '个', '2024'],
      ['国有企业', 35, '户', '2019'],
      ['国有企业', 9, '户', '2024'],
    ])
  })

  it('reads 将 and the word of manner before it (阶段性将, 再次将) as no part of the subject', () => {
    expect(view('一、过去五年工作回顾', '五年来，阶段性将个体工商户水电气费用减免标准从每月2万元提高到5万元，再次将失业保险金标准由1500元提高到1800元。').map((v) => v[0])).toEqual([
      '个体工商户水电气费用减免标准',
      '个体工商户水电气费用减免标准',
      '失业保险金标准',
      '失业保险金标准',
    ])
  })

  it('reads 统一 before 由 or before the verb as no part of the subject', () => {
    expect(view('一、过去五年工作回顾', '五年来，农村公路养护补助标准统一由每公里800元提高到1200元。')).toEqual([
      ['农村公路养护补助标准', 800, '元', '2019'],
      ['农村公路养护补助标准', 1200, '元', '2024'],
    ])
  })

  it('reads a count in 类 as a level only when both ends of a change write it', () => {
    expect(view('一、过去五年工作回顾', '五年来，行政许可证照从48类减少到15类，涵盖12类30项便民服务。')).toEqual([
      ['行政许可证照', 48, '类', '2019'],
      ['行政许可证照', 15, '类', '2024'],
    ])
  })

  it('reads a whole number of years reached from a decimal one (从11.2年提高到12年) as the second level', () => {
    expect(view('一、过去五年工作回顾', '五年来，劳动年龄人口平均受教育年限从11.2年提高到12年，连续3年获评先进。').map((v) => [v[1], v[2], v[3]])).toEqual([
      [11.2, '年', '2019'],
      [12, '年', '2024'],
    ])
  })
})

describe('rule: from-to, several first levels reaching one', () => {
  it('gives each listed owner its first level and the one level reached, the rate named in the clause before', () => {
    expect(view('一、过去五年工作回顾', '五年来，持续提高职工培训补贴比例，将小微企业、个体工商户分别从40%、30%提高到60%。')).toEqual([
      ['小微企业职工培训补贴比例', 40, '%', '2019'],
      ['个体工商户职工培训补贴比例', 30, '%', '2019'],
      ['小微企业职工培训补贴比例', 60, '%', '2024'],
      ['个体工商户职工培训补贴比例', 60, '%', '2024'],
    ])
  })

  it('flags the shares of bare owners when no clause before names the rate', () => {
    expect(checked('一、过去五年工作回顾', '五年来，小微企业、个体工商户分别从40%、30%提高到60%。').every((v) => v[2] === 'low')).toBe(true)
  })

  it('reads one subject whose first levels it does not tell apart (由310元、750元统一提高到) as one level reached, the first levels flagged', () => {
    expect(checked('一、过去五年工作回顾', '五年来，城乡义务教育生均取暖补助标准由120元、90元统一提高到200元。')).toEqual([
      ['城乡义务教育生均取暖补助标准', 120, 'low'],
      ['城乡义务教育生均取暖补助标准', 90, 'low'],
      ['城乡义务教育生均取暖补助标准', 200, 'high'],
    ])
  })
})

describe('rule: start-of-change, one level read of a change', () => {
  it('cuts a first level written in words (从一个月以上压缩到目前的平均) out of the label of the level reached', () => {
    expect(view('一、过去五年工作回顾', '五年来，工程建设项目审批时间从半年以上压缩到目前的平均35个工作日以内。').map((v) => [v[0], v[1], v[2]])).toEqual([
      ['工程建设项目审批时间', 35, '个工作日'],
    ])
  })

  it('gives a change that names nothing before 由 (由全省第9位上升到第6位) the sentence subject, checked', () => {
    expect(checked('一、过去五年工作回顾', '五年来，全市地区生产总值先后突破500亿元、800亿元，由全省第9位上升到第6位。').slice(2)).toEqual([
      ['地区生产总值', 9, 'low'],
      ['地区生产总值', 6, 'low'],
    ])
  })

  it('leaves a subject ending in 从 before a growth of part of the year (从一季度下滑) as read, checked', () => {
    expect(checked('一、过去五年工作回顾', '五年来，全市工业增加值从一季度下滑12.5%逐季回升。').map((v) => v[2])).toEqual(['low'])
  })

  it('leaves 从 and 由 inside a word alone (从业人员, 自由贸易试验区)', () => {
    expect(view('一、过去五年工作回顾', '五年来，民营经济从业人员达到120万人，自由贸易试验区新增企业1200家。').map((v) => v[0])).toEqual([
      '民营经济从业人员',
      '自由贸易试验区新增企业',
    ])
  })
})
