import { describe, expect, it } from 'vitest'
import { figures } from './figures'

/** label and value of every figure, and whether it waits for a person (待核对). */
function read(body: string): [string, number, boolean][] {
  return figures(body).map((m) => [m.label, m.value, m.confidence.level === 'low'])
}

describe('a total after an addition is the total of the things, never of the addition', () => {
  it('the addition written after the things goes, with the day it is counted by (日均净增)', () => {
    expect(read('个体工商户日均净增860户，总数达212万户。')[1]).toEqual(['个体工商户总数', 212, false])
    expect(read('科技型中小企业净增410家、总量居全省第二。')[1]).toEqual(['科技型中小企业总量', 2, false])
    expect(read('国家级绿色工厂新增12家，总数居全省首位。')[1]).toEqual(['国家级绿色工厂总数', 1, false])
  })

  it('a total repeating the measure the subject ends with is the thing’s total (里程 → 总里程)', () => {
    expect(read('新增农村公路里程318公里、总里程达1.2万公里。')[1]).toEqual(['农村公路总里程', 1.2, false])
    expect(read('城际铁路营运里程新增86公里，总里程突破600公里。')[1]).toEqual(['城际铁路总里程', 600, false])
  })

  it('with no thing before the measure, or only a change of output, the total waits for a person', () => {
    expect(read('开通2条轻轨新线、新增运营里程41公里，总里程达到310公里。')[2]).toEqual(['总里程', 310, true])
    const [, total] = figures('今年增产3.5万吨，总产量达到96万吨。')
    expect(total?.label).not.toBe('增产总产量')
    expect(total?.confidence.level).toBe('low')
  })
})

describe('a share of a generic total (总量占全省…) is the share of the thing the sentence is about', () => {
  it('the total is named by the subject before it', () => {
    expect(read('实际使用外资增长9.4%，总量占全省41.2%。')[1]).toEqual(['实际使用外资占全省比重', 41.2, false])
    expect(read('教育支出增长6.3%，总量占一般公共预算支出比重达18.5%。')[1]).toEqual(['教育支出占一般公共预算支出比重', 18.5, false])
  })

  it('with no subject to name it, it waits for a person', () => {
    expect(read('规模占全国的8%。')).toEqual([['规模占全国比重', 8, true]])
  })
})

describe('a verb that opens a list of verbs stays with it', () => {
  it('新建、续建… keeps both verbs in the measure of the works', () => {
    expect(read('新建、续建水利工程42个，完成投资58.6亿元。')[1]).toEqual(['新建、续建水利工程投资', 58.6, false])
  })
})
