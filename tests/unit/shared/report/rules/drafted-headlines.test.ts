import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'
import { indicatorOfFigure } from '../../../../../src-shared/report/indicators'
import { figures } from '../figures'

/** label, value, indicator and confidence reasons: what decides whether a figure reaches a drafted slide. */
const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.indicator, m.confidence.reasons])

describe('headline figures a drafted deck needs (sweep 12a)', () => {
  it('reads 经济增长 as the growth of GDP, sure of it, in the review and in the targets, named as written', () => {
    expect(view('初步核算，全年经济增长5.2%以上，可比口径增长6%左右。')).toEqual([
      ['经济增长', 5.2, 'gdp', []],
      ['经济增长', 6, 'gdp', []],
    ])
    const plan = analyzeReportText(['2025年某某市政府工作报告', '二、2025年工作安排', '主要预期目标是：经济增长5.5%左右，一般公共预算收入增长4%。'].join('\n'))
    expect(plan.metrics.map((m) => [m.label, m.value, m.indicator, m.period, m.confidence.level])).toEqual([
      ['经济增长', 5.5, 'gdp', '2025 target', 'high'],
      ['一般公共预算收入', 4, 'budget-revenue', '2025 target', 'high'],
    ])
  })
  it('gives 经济 an indicator only as a growth, and never to a named economy', () => {
    expect(indicatorOfFigure('经济', 'growth')).toBe('gdp')
    expect(indicatorOfFigure('全市经济', 'growth')).toBe('gdp')
    expect(indicatorOfFigure('经济', 'amount')).toBeNull()
    expect(indicatorOfFigure('民营经济', 'growth')).toBeNull()
    expect(view('数字经济增长12%。')).toEqual([['数字经济', 12, null, []]])
  })
  it('carries the subject over a note in brackets or a milestone to the clause right after, sure of it', () => {
    expect(view('全年实现地区生产总值2140亿元（快报数，下同），比上年增长5.8%。')[1]).toEqual(['地区生产总值', 5.8, 'gdp', []])
    expect(view('全市地区生产总值跨上3000亿元台阶，达到3125.6亿元。')[1]).toEqual(['地区生产总值', 3125.6, 'gdp', []])
    expect(view('货物进出口总额突破800亿元大关，增长9%左右。')[1]).toEqual(['货物进出口总额', 9, 'foreign-trade', []])
    // A clause that only gives the basis of the figure does not part them either.
    expect(view('初步核算，实现地区生产总值4120亿元，按可比价格计算，增长6.1%。')[1]).toEqual(['地区生产总值', 6.1, 'gdp', []])
    expect(view('一般公共预算收入310亿元，剔除留抵退税因素后，增长9.2%。')[1]).toEqual(['一般公共预算收入', 9.2, 'budget-revenue', []])
    // Anything else between them still parts them.
    expect(view('全市地区生产总值达到2140亿元，结构持续优化，增长5.8%。')[1]?.[3]).toContain('label-from-context')
  })
  it('trusts growths paired in order with the levels just listed, as much as the levels', () => {
    expect(view('城镇居民人均可支配收入46210元，农村居民人均可支配收入23105元，分别增长4.9%和6.7%。').slice(2)).toEqual([
      ['城镇居民人均可支配收入', 4.9, 'urban-income', []],
      ['农村居民人均可支配收入', 6.7, 'rural-income', []],
    ])
    expect(view('接待游客4100万人次，旅游总收入460亿元，增长12.5%和15.1%。').slice(2).map((f) => [f[0], f[1], f[3]])).toEqual([
      ['接待游客', 12.5, []],
      ['旅游总收入', 15.1, []],
    ])
    // Shares of a year before, or gaps in points, after the levels are still readings to check.
    expect(view('接待游客4100万人次，旅游总收入460亿元，分别为上年的96%、92%。')[2]?.[3]).toContain('label-from-list')
  })
  it('keeps how it went and how many milestones out of the label', () => {
    expect(view('外贸进出口总额逆势增长11%。')).toEqual([['外贸进出口总额', 11, 'foreign-trade', []]])
    expect(view('全市地区生产总值历史性突破2000亿元。')[0]?.slice(0, 3)).toEqual(['地区生产总值', 2000, 'gdp'])
    // How many milestones were passed is no figure: the level reached is the only one.
    expect(view('全省地区生产总值连跨两个万亿元台阶，达到6.1万亿元。').map((f) => f.slice(0, 3))).toEqual([['地区生产总值', 6.1, 'gdp']])
    expect(view('地方财政收入接连突破三个百亿元台阶，达到412亿元。').map((f) => f.slice(0, 2))).toEqual([['地方财政收入', 412]])
    expect(view('预计全市生产总值可达1650亿元。')[0]?.slice(0, 3)).toEqual(['生产总值', 1650, 'gdp'])
    // 许可 is a name, not a modal.
    expect(view('市级行政许可事项精简30%。')[0]?.[0]).toBe('市级行政许可事项')
  })
  it('gives each item of a 、 list its value under 均 when the last two are joined by 和', () => {
    const labels = (line: string) => figures(line).map((m) => [m.label, m.value])
    expect(labels('外贸出口、实际利用外资和服务贸易均增长12%。')).toEqual([
      ['外贸出口', 12],
      ['实际利用外资', 12],
      ['服务贸易', 12],
    ])
    expect(labels('最低生活保障标准、特困人员供养标准和孤儿基本生活保障标准均提高8%以上。').map((f) => f[0])).toEqual([
      '最低生活保障标准',
      '特困人员供养标准',
      '孤儿基本生活保障标准',
    ])
    // Names that borrow from the one after them stay together: 满意和基本满意率, 养老保险和医疗保险覆盖率.
    expect(labels('议案办结率、满意和基本满意率均为100%。').map((f) => f[0])).not.toContain('满意')
    expect(labels('职工医保参保率、城乡居民养老保险和医疗保险覆盖率均保持在98%以上。').map((f) => f[0])).not.toContain('城乡居民养老保险')
  })
  it('never gives a list item that names an indicator a head that makes it name none', () => {
    const labels = (line: string) => figures(line).map((m) => [m.label, m.indicator])
    expect(labels('规上工业增加值、固定资产投资、社会消费品零售总额分别增长6.2%、4.1%和5.5%。')).toEqual([
      ['规上工业增加值', 'industry-value-added'],
      ['固定资产投资', 'fixed-asset-investment'],
      ['社会消费品零售总额', 'retail-sales'],
    ])
    expect(labels('城镇调查失业率、居民消费价格涨幅分别控制在5.5%左右和3%左右。')[1]).toEqual(['居民消费价格', 'cpi'])
    expect(labels('城镇居民人均可支配收入和农牧民人均纯收入分别增长6%和8%。')[1]).toEqual(['农牧民人均纯收入', 'rural-net-income'])
    // A head still completes items that name no indicator of their own.
    expect(labels('单位地区生产总值能耗、二氧化碳排放分别下降3%和4%。').map((f) => f[0])).toEqual(['单位地区生产总值能耗', '单位地区生产总值二氧化碳排放'])
  })
  it('labels a gap in points by the figure compared, and flags a label that kept only what it is compared with', () => {
    // A gap in points to any reference is the change of the figure before (gap-to-any-reference.test.ts).
    const [, gap] = figures('高技术制造业增加值增长18%，快于规上工业9.5个百分点。')
    expect([gap?.label, gap?.kind, gap?.confidence.reasons]).toEqual(['高技术制造业增加值', 'change', []])
    expect(figures('完成人工造林35万亩，超出省定任务12万亩。')[1]?.confidence.reasons).toEqual(['label-vague'])
  })
})
