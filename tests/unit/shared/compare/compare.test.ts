import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { compareReports } from '../../../../src-shared/compare/compare'
import { comparableName } from '../../../../src-shared/compare/names'
import { scopeOf, scopesDiffer } from '../../../../src-shared/report/scope'
import { isProjectSize, planYear } from '../../../../src-shared/compare/targets'
import { inUnit, splitUnit } from '../../../../src-shared/compare/units'
import type { Comparison, ReportContent } from '../../../../src-shared/schemas/report'

/** A report of `year` analysed from its text: a speaker line gives the year and the place. */
function report(id: string, year: number, place: string, ...lines: string[]): ReportContent {
  const text = [`${year}年${place}政府工作报告`, `——${year}年1月10日在${place}第十届人民代表大会第四次会议上`, ...lines].join('\n')
  const a = analyzeReportText(text)
  return { id, title: a.title, year: a.year, place: a.place, source: { fileName: '', format: 'paste', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

const LAST = report(
  'r-2023',
  2023,
  '某某区',
  '一、2022年工作回顾',
  '全区地区生产总值增长5%。',
  '二、2023年主要预期目标',
  '2023年经济社会发展的主要预期目标是：地区生产总值增长6%左右，达到300亿元；区本级固定资产投资增长10%；社会消费品零售总额增长8%；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；单位地区生产总值能耗下降3%。',
  '全年完成棚户区改造8000户，新增造林5000亩。实施总投资12亿元的物流园项目建设。',
)
const THIS = report(
  'r-2024',
  2024,
  '某某区',
  '一、2023年工作回顾',
  '全区地区生产总值完成303亿元，同比增长6.2%；全社会固定资产投资增长12%；社会消费品零售总额完成120亿元；城镇调查失业率5.2%；居民消费价格上涨1.5%；单位地区生产总值能耗下降3.5%。',
  '全年完成棚户区改造1.2万户，新增造林面积4800亩，物流园项目开工建设。',
  '二、2024年主要预期目标',
  '地区生产总值增长5.5%左右。',
)

const byName = (c: ReturnType<typeof compareReports>, name: string, kind = 'growth') => c.pairs.find((p) => p.name === name && p.kind === kind)

describe('pairing targets with results', () => {
  const c = compareReports(LAST, THIS)

  it('compares last year’s plan year with this year’s review of it', () => {
    expect(c.year).toBe(2023)
    expect(c.check).toEqual({ place: 'same', years: 'consecutive' })
    expect(c.previous).toMatchObject({ id: 'r-2023', year: 2023, place: '某某区' })
    expect(c.current).toMatchObject({ id: 'r-2024', year: 2024 })
    // No target of 2024 and no result of 2022 enters.
    expect(c.pairs.every((p) => p.target.period === '2023 target')).toBe(true)
    expect(c.pairs.every((p) => p.result === null || p.result.period === '2023')).toBe(true)
  })

  it('pairs the same indicator and the same kind, keeping both quotes, with the status the rule gives', () => {
    const gdp = byName(c, '地区生产总值')!
    expect(gdp.target).toMatchObject({ reportId: 'r-2023', value: 6, qualifier: '左右', text: '6%左右' })
    expect(gdp.result).toMatchObject({ reportId: 'r-2024', value: 6.2, quote: '同比增长6.2%' })
    expect(gdp.target.quote).toContain('地区生产总值增长6%左右')
    expect([gdp.status, gdp.judgement.rule]).toEqual(['完成', 'about'])
    const level = byName(c, '地区生产总值', 'amount')!
    expect([level.result?.value, level.status]).toEqual([303, '完成'])
    expect(byName(c, '城镇调查失业率', 'share')).toMatchObject({ status: '完成', judgement: { rule: 'cap' } })
    expect(byName(c, '居民消费价格')).toMatchObject({ status: '完成', judgement: { rule: 'about-ceiling' } })
    expect(byName(c, '单位地区生产总值能耗')).toMatchObject({ status: '完成', judgement: { rule: 'fall' } })
  })

  it('never pairs another kind: an amount answers no growth target (社零 120亿元 is no 8%)', () => {
    const retail = byName(c, '社会消费品零售总额')!
    expect(retail.result).toBeNull()
    expect(retail.status).toBe('未报告')
  })

  it('does not pair a result of another scope (区本级 and 全社会), but offers it to a person', () => {
    const fai = byName(c, '区本级固定资产投资')!
    expect(fai.result).toBeNull()
    expect(fai.status).toBe('未报告')
    expect(fai.otherScope).toMatchObject({ label: '全社会固定资产投资', value: 12 })
  })

  it('converts magnitudes of one unit (1.2万户 against 8000户) and pairs labels the vocabulary knows as one', () => {
    const shanty = c.pairs.find((p) => p.indicator === 'shantytown-renovation')!
    expect(shanty.result?.text).toBe('1.2万户')
    expect(shanty.judgement.result).toBe(12000)
    expect(shanty.status).toBe('超额完成')
    const forest = c.pairs.find((p) => p.indicator === 'afforestation')!
    expect([forest.result?.label, forest.status]).toEqual(['新增造林面积', '未完成'])
  })

  it('leaves out the size of a project (实施总投资12亿元的…) until a person takes it in', () => {
    const project = c.pairs.find((p) => p.target.value === 12 && p.target.unit === '亿元')!
    expect(project.included).toBe(false)
    expect(project.excluded).toBe('project-size')
    expect(c.counts).toEqual({
      超额完成: c.pairs.filter((p) => p.included && p.status === '超额完成').length,
      完成: c.pairs.filter((p) => p.included && p.status === '完成').length,
      未完成: c.pairs.filter((p) => p.included && p.status === '未完成').length,
      未报告: c.pairs.filter((p) => p.included && p.status === '未报告').length,
    })
    expect(c.counts.未报告).toBe(2)
  })
})

describe('a person’s corrections', () => {
  const withCorrections = (comparison: Comparison): ReportContent => ({ ...THIS, comparison })
  const base = compareReports(LAST, THIS)
  const gdp = byName(base, '地区生产总值')!
  const fai = byName(base, '区本级固定资产投资')!
  const project = base.pairs.find((p) => !p.included)!
  const retailAmount = THIS.metrics.find((m) => m.label === '社会消费品零售总额')!

  it('set a status, pick a result or none, leave a target out or take one in', () => {
    const c = compareReports(
      LAST,
      withCorrections({
        previousReportId: 'r-2023',
        overrides: [
          { targetId: gdp.id, status: '未完成' },
          { targetId: fai.id, resultId: fai.otherScope!.metricId },
          { targetId: byName(base, '地区生产总值', 'amount')!.id, resultId: null },
          { targetId: byName(base, '城镇调查失业率', 'share')!.id, dropped: true },
          { targetId: project.id, dropped: false },
        ],
      }),
    )
    const g = byName(c, '地区生产总值')!
    expect([g.status, g.judgement.status, g.corrected]).toEqual(['未完成', '完成', { result: false, status: true }])
    const f = byName(c, '区本级固定资产投资')!
    expect([f.result?.value, f.status, f.corrected.result, f.otherScope]).toEqual([12, '超额完成', true, null])
    expect(byName(c, '地区生产总值', 'amount')).toMatchObject({ result: null, status: '未报告', corrected: { result: true } })
    expect(byName(c, '城镇调查失业率', 'share')).toMatchObject({ included: false, excluded: 'by-person' })
    expect(c.pairs.find((p) => p.id === project.id)).toMatchObject({ included: true, excluded: null })
    expect(c.staleOverrides).toBe(0)
  })

  it('a result picked by hand in a unit that does not convert is compared as written, and said so', () => {
    const retail = byName(base, '社会消费品零售总额')!
    const c = compareReports(LAST, withCorrections({ previousReportId: 'r-2023', overrides: [{ targetId: retail.id, resultId: retailAmount.id }] }))
    expect(byName(c, '社会消费品零售总额')).toMatchObject({ unitsDiffer: true, result: { value: 120 } })
  })

  it('apply only to the comparison with that previous report, and ignore what the reports no longer have', () => {
    const other = compareReports(LAST, withCorrections({ previousReportId: 'r-other', overrides: [{ targetId: gdp.id, status: '未完成' }] }))
    expect(byName(other, '地区生产总值')!.status).toBe('完成')
    const stale = compareReports(
      LAST,
      withCorrections({ previousReportId: 'r-2023', overrides: [{ targetId: 'm999', status: '完成' }, { targetId: gdp.id, resultId: 'm999' }] }),
    )
    expect(stale.staleOverrides).toBe(2)
    expect(byName(stale, '地区生产总值')!.result?.value).toBe(6.2)
  })

  it('a pair with a 待核对 figure needs a person until one confirms or corrects it', () => {
    const unsure = { ...THIS, metrics: THIS.metrics.map((m) => (m.id === gdp.result!.metricId ? { ...m, confidence: { level: 'low' as const, reasons: ['label-from-list' as const] } } : m)) }
    expect(byName(compareReports(LAST, unsure), '地区生产总值')!.needsCheck).toBe(true)
    const confirmed = compareReports(LAST, { ...unsure, comparison: { previousReportId: 'r-2023', overrides: [{ targetId: gdp.id, confirmed: true }] } })
    expect(byName(confirmed, '地区生产总值')).toMatchObject({ needsCheck: false, confirmed: true, status: '完成' })
  })
})

describe('the words of pairing', () => {
  it('compares labels whole, without the words that change nothing', () => {
    expect(comparableName('建成平安小区')).toBe('平安小区')
    expect(comparableName('绿化任务')).toBe('绿化')
    expect(comparableName('全年完成退耕还林工作任务')).toBe('退耕还林')
    expect(comparableName('大棚')).toBe('大棚')
    expect(comparableName('蔬菜大棚')).not.toBe(comparableName('大棚建设任务'))
  })

  it('reads the scope at the head of a label', () => {
    expect(scopeOf('区本级固定资产投资')).toBe('区本级')
    expect(scopeOf('全社会固定资产投资')).toBe('全社会')
    expect(scopeOf('固定资产投资')).toBeNull()
    expect(scopesDiffer('区本级固定资产投资', '全社会固定资产投资')).toBe(true)
    expect(scopesDiffer('区本级固定资产投资', '固定资产投资')).toBe(false)
  })

  it('converts magnitudes, never base units', () => {
    expect(inUnit(1.4, '万户', '户')).toBe(14000)
    expect(inUnit(4800, '万元', '亿元')).toBe(0.48)
    expect(inUnit(320, '个', '亩')).toBeNull()
    expect(inUnit(335, '户', '座')).toBeNull()
    expect(splitUnit('千瓦')).toEqual({ factor: 1, base: '千瓦' })
    expect(inUnit(3, '万千瓦', '千瓦')).toBe(30000)
  })

  it('reads a unit written with a full-width slash as the same unit (元／月, 万元／人)', () => {
    expect(inUnit(733, '元／月', '元/月')).toBe(733)
    expect(inUnit(10.2, '万元／人', '元/人')).toBe(102000)
  })

  it('tells the size of a project from a quantity for the year', () => {
    const m = (quote: string, value: number) => ({ quote, value, written: null, start: 0 })
    expect(isProjectSize(m('实施总投资11.4亿元的基础设施PPP项目建设', 11.4))).toBe(true)
    expect(isProjectSize(m('启动投资2亿元的智慧城市项目', 2))).toBe(true)
    expect(isProjectSize(m('推进投资5.5亿元的冬运会主场馆二期工程建设', 5.5))).toBe(true)
    expect(isProjectSize(m('全年计划投资15亿元', 15))).toBe(false)
    // A word after the figure belongs to another clause of it.
    expect(isProjectSize(m('完成8008户改造任务，推进二期', 8008))).toBe(false)
    // The verb before a quote that starts at the measured thing, read from the report's text.
    const text = '2017年，推进投资5.5亿元的冬运会主场馆二期工程建设。新建投资3亿元的学校。'
    const at = (quote: string, value: number) => ({ ...m(quote, value), start: text.indexOf(quote) })
    expect(isProjectSize(at('投资5.5亿元的冬运会主场馆二期工程建设', 5.5), text)).toBe(true)
    expect(isProjectSize(at('投资5.5亿元的冬运会主场馆二期工程建设', 5.5))).toBe(false)
    expect(isProjectSize(at('新建投资3亿元的学校', 3), text)).toBe(false)
  })

  it('takes the plan year from the report, else from its targets', () => {
    expect(planYear(LAST)).toBe(2023)
    expect(planYear({ ...LAST, year: null })).toBe(2023)
    expect(planYear({ year: null, metrics: [] })).toBeNull()
  })
})
