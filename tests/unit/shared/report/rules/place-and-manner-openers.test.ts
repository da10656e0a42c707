import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/**
 * Labels that opened with a fragment that is no part of what is measured: where the work was done (`在市区新建…`),
 * the manner of the deed (`用心用情办好…`, `多措并举…`), a whole scope after 率先 (`率先在全省建成…`).
 */
describe('place and manner before the verb that takes a count', () => {
  it('drops where the work was done, before its verb (number-before-noun)', () => {
    expect(lvu('在老城区改造8处农贸市场，在县医院打造6个临床重点专科。')).toEqual([
      ['农贸市场', 8, '处'],
      ['临床重点专科', 6, '个'],
    ])
  })
  it('keeps 各具 (each with its own), which is no scope', () => {
    expect(lvu('在老城区打造6条各具特色的商业步行街。')).toEqual([['各具特色的商业步行街', 6, '条']])
  })
  it('keeps a verb that defines what is counted after the place', () => {
    expect(lvu('在中心城区新建12座口袋公园。')).toEqual([['新建口袋公园', 12, '座']])
  })
  it('keeps a state that opens with 在 (在建, 在孵), which names the thing', () => {
    expect(figures('在建项目新增就业岗位1.2万个。')[0]?.label).not.toBe('就业岗位')
  })
  it('reads a frame closed after the noun (在…的基础上) as before, flagged', () => {
    const [m] = figures('在全面完成上年确定的15处积水点整治的基础上，再整治积水点9处。')
    expect(m?.confidence.level).toBe('low')
  })
  it('drops manner adverbs at the head of a label', () => {
    expect(lvu('用心用情办好15件民生实事，多措并举帮助3200名困难人员就业，千方百计化解拖欠账款6.5亿元。').map(([l]) => l)).toEqual([
      '民生实事', '困难人员就业', '化解拖欠账款',
    ])
  })
  it('drops 依法 (by law) but keeps the names that open with it (依法行政)', () => {
    expect(lvu('依法拆除违章搭建8.6万平方米，依法行政示范单位达到12个。').map(([l]) => l)).toEqual(['拆除违章搭建', '依法行政示范单位'])
  })
  it('drops 率先 and the whole scope after it before an action', () => {
    expect(lvu('率先在全省建成9家县域医共体中心。')).toEqual([['县域医共体中心', 9, '家']])
  })
})

describe('what the things are chiefly (以…为主的, 以…为重点的)', () => {
  it('is no part of their name', () => {
    expect(lvu('以油茶为主的经济林种植面积达到45万亩，实施以“专精特新”为重点的技改项目86个。').map(([l]) => l)).toEqual([
      '经济林种植面积', '技改项目',
    ])
  })
  it('from a list of what they chiefly are, too', () => {
    expect(lvu('建设以县道改造、20户以上村组通硬化路为主的农村公路1200公里。').map(([l]) => l)).toEqual(['农村公路'])
  })
  it('keeps 以…为主体的, which names a kind', () => {
    expect(lvu('新建以企业为主体的新型研发机构9家。').map(([l]) => l)).toEqual(['新建以企业为主体的新型研发机构'])
  })
})

describe('what the work is aimed at or built on (依托, 围绕, 聚焦), up to its verb', () => {
  it('is no part of what it counts', () => {
    expect(lvu('依托高新区打造产学研联合体6个，围绕乡村振兴举办农民培训班120期。').map(([l]) => l)).toEqual([
      '产学研联合体', '农民培训班',
    ])
  })
  it('reads the last of the verbs in a row as the one that takes the things', () => {
    expect(lvu('围绕“枢纽港”建设谋划编制重点项目85个。').map(([l]) => l)).toEqual(['重点项目'])
  })
  it('keeps the aim when the things are only 项目 without it', () => {
    expect(lvu('聚焦“六大行动”实施项目48个。').map(([l]) => l)[0]).toContain('六大行动')
  })
  it('keeps a relative clause that names the thing (面向…的)', () => {
    expect(lvu('面向小微企业的信用贷款产品达到15种。').map(([l]) => l)).toEqual(['面向小微企业的信用贷款产品'])
  })
  it('reads 面向 before a handing out as 向: the beneficiary stays', () => {
    expect(lvu('面向低收入家庭发放取暖补贴3200万元。').map(([l]) => l)).toEqual(['低收入家庭取暖补贴'])
  })
})

describe('a place with 在 before the works, read as a subject (cleanLabel)', () => {
  it('says where the works are, not what they are', () => {
    expect(lvu('在老旧小区建设电动自行车充电棚2000个。').map(([l]) => l)).toEqual(['电动自行车充电棚'])
  })
  it('stays before a relative clause or a frame, flagged', () => {
    const [m] = figures('在本市设立研发中心的跨国公司达到45家。')
    expect(m?.label.startsWith('在本市')).toBe(true)
    expect(m?.confidence.level).toBe('low')
  })
  it('reads no verb inside a noun it opens (建设用地)', () => {
    expect(lvu('在城乡建设用地减量12平方公里的同时，新增就业岗位3万个。').map(([l]) => l)[0]).not.toBe('用地减量')
  })
})
