import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

/** rules/programme-cause.ts: a quoted programme before the result it brought about is no part of the result's label. */
describe('rule: programme-cause', () => {
  it('labels what a programme attracted or helped, not the programme', () => {
    expect(lvu('“凤巢计划”吸引1.8万名青年人才落户，实施“三个统筹”帮助村级化债12亿元。').map(([l]) => l)).toEqual([
      '青年人才', '村级化债',
    ])
  })
  it('keeps the programme when what is left names nothing on its own', () => {
    expect(lvu('“马上办”帮助办理事项860件。').map(([l]) => l)).toEqual(['马上办帮助办理事项'])
  })
  it('keeps the programme in a share of what it brought about', () => {
    expect(lvu('“民营经济”带动就业占全市新增就业的62%。').map(([l]) => l)[0]).toMatch(/^民营经济带动就业/)
  })
})

describe('rule: list-fragment, a list closed by the quoted name of its group', () => {
  it('labels the group by its name and measure (新三样出口), whether read whole or from its last item', () => {
    expect(lvu('工业机器人、新能源汽车、储能电池“新三样”出口额增长21.4%。').map(([l]) => l)).toEqual(['新三样出口额'])
  })
  it('leaves a quoted name that does not count the items (专精特新“小巨人”企业)', () => {
    expect(lvu('高新技术企业、专精特新“小巨人”企业增长15%。').map(([l]) => l)[0]).toContain('小巨人')
    expect(lvu('高新技术企业、专精特新“小巨人”企业增长15%。').map(([l]) => l)[0]).not.toBe('小巨人企业')
  })
  it('leaves a list paired with its figures, each item its own (农村、社区“两委”)', () => {
    expect(lvu('农村、社区“两委”干部年报酬分别达到3.1万元、4.6万元。').map(([l]) => l)).not.toContain('两委干部年报酬')
  })
})

describe('a beneficiary before an inner 发放 (rules/subject.ts)', () => {
  it('drops the preposition and keeps whom it was given to', () => {
    expect(lvu('向低保对象发放一次性生活补贴2600万元。').map(([l]) => l)).toEqual(['低保对象一次性生活补贴'])
  })
})

describe('rule: list-fragment, items a group name does not count', () => {
  it('leaves levels before a quoted name (国家级、省级“两化”…)', () => {
    expect(lvu('国家级、省级“两化”融合示范企业达到46家。').map(([l]) => l)[0]).toContain('国家级')
  })
})
