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
