import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** rules/list-fragment.ts: a list closed by a count of its items before their common noun. */
describe('rule: list-fragment', () => {
  it('labels a list counted before its noun by the noun, not by the last item glued to it', () => {
    expect(lvu('纺织、化工、建材（含玻璃）、食品四个传统产业增加值增长6.2%。')).toEqual([['传统产业增加值', 6.2, '%']])
  })
  it('keeps N大, the way these reports name such a group', () => {
    expect(lvu('装备制造、电子信息（含软件）、新能源三大支柱产业营业收入增长9.5%。')).toEqual([['三大支柱产业营业收入', 9.5, '%']])
  })
  it('gives the last item of a paired list the ending the others were completed with', () => {
    expect(lvu('二氧化硫、氮氧化物、化学需氧量、氨氮四项主要污染物排放量分别下降3.1%、4.2%、2.5%和2.8%。').map(([l]) => l)).toEqual([
      '二氧化硫排放量', '氮氧化物排放量', '化学需氧量排放量', '氨氮排放量',
    ])
  })
  it('drops the count kept in every label of a paired list', () => {
    expect(lvu('钢铁、有色、石化三大行业利润分别增长5%、7%和9%。').map(([l]) => l)).toEqual(['钢铁行业利润', '有色行业利润', '石化行业利润'])
  })
  it('leaves a name that counts its own parts, paired with their figures (残疾人两项补贴)', () => {
    expect(lvu('残疾人两项补贴标准分别提高到每人每月90元、110元。').map(([l]) => l)).not.toContain('残疾人补贴标准')
  })
  it('leaves a name whose count is no count of a list (残疾人两项补贴 after a figure of its own)', () => {
    expect(lvu('发放高龄津贴2.5亿元、残疾人两项补贴1.3亿元。')).toEqual([
      ['高龄津贴', 2.5, '亿元'],
      ['残疾人两项补贴', 1.3, '亿元'],
    ])
  })
  it('leaves a count that does not match the items listed', () => {
    const labels = figures('城乡低保、残疾人两项补贴标准提高8%。').map((m) => m.label)
    expect(labels.some((l) => l === '补贴标准')).toBe(false)
  })
})
