import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import { tokenizeFigures } from '../../../../src-shared/report/tokens/figures'

const values = (text: string) => tokenizeFigures(normalizeForAnalysis(text), text).map((t) => `${t.value}${t.unit}`)

describe('thousands grouped by a space, as older reports print them', () => {
  it('reads `2 311.43亿元` as one number, with a plain, no-break or thin space', () => {
    expect(values('全县完成生产总值3 204.56亿元')).toEqual(['3204.56亿元'])
    expect(values('农民人均纯收入11\u00a0208元')).toEqual(['11208元'])
    expect(values('新建公租房14\u2009300套')).toEqual(['14300套'])
    expect(values('组织送戏下乡1 200余场')).toEqual(['1200场'])
    expect(values('外贸进出口总额1 234 567万美元')).toEqual(['1234567万美元'])
  })
  it('keeps numbers that only stand side by side apart', () => {
    // Spaced text around numbers, a group of four, a space before the unit, a year.
    expect(values('分别增长 12% 和 9%')).toEqual(['12%', '9%'])
    expect(values('建成 12 所学校、300 个站点')).toEqual(['12所', '300个'])
    expect(values('累计投入1 2000万元')).toEqual(['2000万元'])
    expect(values('新开工 25 个项目')).toEqual(['25个'])
    expect(values('完成1 250 万吨')).not.toContain('1250万吨')
  })
  it('gives the figure its whole label, not the label with the leading digits', () => {
    const text = '一、2013年工作回顾\n全年完成地区生产总值2 311.43亿元，增长10.5%；城镇居民人均可支配收入23 587元，增长11.2%。\n'
    const metrics = analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}${m.unit}`)
    expect(metrics).toContain('地区生产总值=2311.43亿元')
    expect(metrics).toContain('地区生产总值=10.5%')
    expect(metrics).toContain('城镇居民人均可支配收入=23587元')
  })
})
