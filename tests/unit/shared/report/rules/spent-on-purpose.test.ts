import { describe, expect, it } from 'vitest'
import { purposeObject } from '../../../../../src-shared/report/rules/spent-on-purpose'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.confidence.level])

describe('rule: spent-on-purpose', () => {
  it('reads an amount put into works named after it, with their count after, as the works\' 投入 and keeps the count', () => {
    expect(view('全年投入2.6亿元建设城乡污水处理项目15个，补齐环境短板。')).toEqual([
      ['城乡污水处理项目投入', 2.6, '亿元', 'high'],
      ['城乡污水处理项目', 15, '个', 'high'],
    ])
  })

  it('reads an investment with a count before the works and a list closed by 等 as the kind\'s 投资', () => {
    expect(view('投资86亿元建设光伏、风电、储能等5个新能源园区。').map((v) => [v[0], v[1]])).toEqual([
      ['新能源园区投资', 86],
      ['新能源园区', 5],
    ])
  })

  it('keeps the verb that says what was done to the object (改造) and that it is a use (用于)', () => {
    expect(view('投资8600万元改造城区供水管网。').map((v) => [v[0], v[1]])).toEqual([['改造城区供水管网投资', 8600]])
    expect(view('市财政安排48.5亿元用于教育事业。').map((v) => [v[0], v[1], v[3]])).toEqual([['用于教育事业', 48.5, 'low']])
  })

  it('flags a purpose named by its object alone (统筹, 筹集) and a bare head named with its verb', () => {
    expect(view('筹集3000万元发放家电、汽车消费券。').map((v) => [v[0], v[3]])).toEqual([['家电、汽车消费券', 'low']])
    expect(view('投入0.8亿元建设项目36个，改善村容村貌。').slice(0, 1).map((v) => [v[0], v[3]])).toEqual([['建设项目投入', 'low']])
  })

  it('leaves an amount whose purpose is no plain name (a figure, a clause running on) to the other rules', () => {
    expect(purposeObject('年产5万吨生产线')).toBeNull()
    expect(purposeObject('一批乡村振兴项目')).toBe('乡村振兴项目')
    expect(purposeObject('老旧小区改造工作')).toBe('老旧小区改造')
  })

  it('names a share right after by the money (…，占…的65%), but carries the name no further, and takes no money as a purpose', () => {
    expect(view('区财政投入近120亿元用于社会事业，占一般公共预算支出的71%。').map((v) => [v[0], v[1]])).toEqual([
      ['社会事业投入', 120],
      ['社会事业投入占一般公共预算支出比重', 71],
    ])
    expect(view('筹集资金约60亿元用于教育、卫生等民生工程，筹集资金约30亿元用于12类86项便民工程。').map((v) => [v[0], v[1]])).toEqual([
      ['用于民生工程', 60],
      ['筹集资金', 30],
    ])
    expect(view('市政府投入5000万元扶持资金。').map((v) => v[0])).not.toContain('资金投入')
  })
})
