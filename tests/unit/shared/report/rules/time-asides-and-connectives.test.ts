import { describe, expect, it } from 'vitest'
import { cleanLabel } from '../../../../../src-shared/report/rules/clause'
import { figures } from '../figures'

const labels = (...body: string[]) => figures(...body).map((m) => m.label)

describe('labels without time asides, connectives and manners of the deed', () => {
  it('drops a since- or after-aside after the subject or before it (在…后, 自…以来)', () => {
    expect(labels('全县工业投资在撤县设区后首次突破50亿元。')).toEqual(['工业投资'])
    expect(labels('全县新增市场主体自新区成立以来首次超过3000户。')).toEqual(['新增市场主体'])
    expect(labels('地方财政收入从新城开发之后增长2倍。')).toEqual(['地方财政收入'])
    expect(labels('在机构改革后全市行政审批事项减少到180项。')[0]).toBe('行政审批事项')
    expect(labels('自撤乡并镇以来城镇常住人口增长35%。')).toEqual(['城镇常住人口'])
  })
  it('keeps a time that opens a relative clause, and 后 opening a word', () => {
    expect(cleanLabel('自2019年以来新增的涉税市场主体')).toBe('自2019年以来新增的涉税市场主体')
    expect(cleanLabel('在建项目后续投资')).toBe('在建项目后续投资')
    expect(cleanLabel('服务业从业人员')).toBe('服务业从业人员')
  })
  it('takes the end, close or start of a year with its time word (去年底, 今年末)', () => {
    expect(labels('去年底全县个体工商户数量超过4.2万户。')).toEqual(['个体工商户数量'])
    expect(labels('今年末全市公路通车里程超过6000公里。')).toEqual(['公路通车里程'])
    expect(labels('上年初制造业贷款余额为300亿元。')).toEqual(['制造业贷款余额'])
  })
  it('drops a connective of consequence and a verb of leading others on (从而, 进而, 引领带动)', () => {
    expect(labels('开工重点项目80个，从而带动社会投资完成260亿元。')).toEqual(['开工重点项目', '社会投资'])
    expect(labels('进而带动民间投资增长9%。')).toEqual(['民间投资'])
    expect(labels('引领带动全县建成美丽庭院1200户。')).toEqual(['美丽庭院'])
  })
  it('drops 形成 before what came about, and keeps it inside a label or alone', () => {
    expect(labels('累计形成可复制推广的改革经验42项。')).toEqual(['可复制推广的改革经验'])
    expect(labels('形成污水日处理能力12万吨。')).toEqual(['污水日处理能力'])
    expect(cleanLabel('技改项目形成有效投资')).toBe('技改项目形成有效投资')
  })
  it('drops a span of years counted up to now at the head (多年来, 十多年来, 近年来)', () => {
    expect(labels('多年来清理规范涉企收费项目260多项。')).toEqual(['清理规范涉企收费项目'])
    expect(labels('多年累计改造老旧小区3600个。')).toEqual(['改造老旧小区'])
    expect(labels('十多年来新增城镇就业45万人。')).toEqual(['新增城镇就业'])
    expect(cleanLabel('近年来引进重大项目')).toBe('重大项目')
    // (A span before a noun is part of its name: 多年生, 九年义务教育, 三年行动计划项目.)
    expect(labels('多年生苜蓿种植面积稳定在20万亩。')).toEqual(['多年生苜蓿种植面积'])
    expect(cleanLabel('九年义务教育巩固率')).toBe('九年义务教育巩固率')
    expect(cleanLabel('三年行动计划项目')).toBe('三年行动计划项目')
  })
  it('drops a manner of the deed: in how many goes, and for a time (分N期, 阶段性)', () => {
    expect(labels('分三期发放消费券8000万元。')).toEqual(['消费券'])
    expect(labels('分4批签约外资项目36个。')[0]).toBe('签约外资项目')
    expect(labels('阶段性减免中小企业房租1.5亿元。')).toEqual(['减免中小企业房租'])
  })
})
