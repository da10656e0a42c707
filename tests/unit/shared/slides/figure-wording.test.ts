import { describe, expect, it } from 'vitest'
import { figureWords, goalWords, periodWords, type WordableFigure } from '../../../../src-shared/slides/figure-wording'
import type { SlideFigure } from '../../../../src-shared/schemas/slide-parts'

const fig = (label: string, value: number, unit: string, kind: WordableFigure['kind'], more: Partial<WordableFigure> = {}): WordableFigure => ({
  label,
  value,
  unit,
  kind,
  qualifier: null,
  period: '2023',
  ...more,
})
const text = (f: WordableFigure) => figureWords(f).text

describe('figureWords: the number as an official says it', () => {
  it('says growth and falls with their verbs, the sign in the verb', () => {
    expect(text(fig('地区生产总值', 3.3, '%', 'growth'))).toBe('增长3.3%')
    expect(text(fig('规模以上工业增加值', -1.2, '%', 'growth'))).toBe('下降1.2%')
    expect(text(fig('居民消费价格', 2.9, '%', 'growth'))).toBe('上涨2.9%')
    expect(text(fig('CPI', -0.1, '%', 'growth'))).toBe('下降0.1%')
    expect(text(fig('常住人口城镇化率', 1.2, '个百分点', 'change'))).toBe('提高1.2个百分点')
  })

  it('says a gap with what it is to, never as a change over time', () => {
    expect(text(fig('地区生产总值', 0.2, '个百分点', 'change', { gap: '高于全国' }))).toBe('高于全国0.2个百分点')
    expect(text(fig('城镇调查失业率', -0.4, '个百分点', 'change', { gap: '低于全省' }))).toBe('低于全省0.4个百分点')
    // A bound stays after the figure: the comparison is the verb.
    expect(text(fig('进出口总额增速', 5, '个百分点', 'change', { gap: '高于全省', qualifier: '超过' }))).toBe('高于全省超过5个百分点')
  })

  it('says levels, shares and ranks', () => {
    expect(text(fig('地区生产总值', 5678, '亿元', 'amount'))).toBe('达到5678亿元')
    expect(text(fig('城镇新增就业', 4.7, '万人', 'count'))).toBe('达到4.7万人')
    expect(text(fig('民生支出占一般公共预算支出比重', 45, '%', 'share'))).toBe('占比45%')
    expect(text(fig('森林覆盖率', 62.3, '%', 'share'))).toBe('达到62.3%')
    expect(text(fig('地区生产总值增速', 2, '位', 'rank'))).toBe('居第2位')
    expect(text(fig('规模以上工业增加值增速', 10, '位', 'rank', { qualifier: '以内' }))).toBe('居前10位')
  })

  it('keeps bounds and ranges as the report writes them; a bound that is a verb takes the verb’s place', () => {
    expect(text(fig('地区生产总值', 5.5, '%', 'growth', { qualifier: '以上', period: '2024 target' }))).toBe('增长5.5%以上')
    expect(text(fig('地区生产总值', 4.5, '%', 'growth', { high: 5, period: '2024 target' }))).toBe('增长4.5—5%')
    expect(text(fig('地区生产总值', 5, '%', 'growth', { qualifier: '以上', average: true, period: '2026-2030 target' }))).toBe('年均增长5%以上')
    expect(text(fig('工业投资', 11.1, '%', 'growth', { qualifier: '年均' }))).toBe('年均增长11.1%')
    expect(text(fig('龙潭产业园区产值', 200, '亿元', 'amount', { qualifier: '突破' }))).toBe('突破200亿元')
    expect(text(fig('华友产值', 110, '亿元', 'amount', { qualifier: '超' }))).toBe('超110亿元')
    expect(text(fig('外贸进出口', 5, '%', 'growth', { qualifier: '超' }))).toBe('增长超5%')
    expect(text(fig('城镇新增就业', 4.7, '万人', 'count', { qualifier: '约' }))).toBe('达到约4.7万人')
    expect(text(fig('投资额超5000万元的项目数占比', 50, '%', 'share', { qualifier: '不低于' }))).toBe('不低于50%')
  })

  it('says a ceiling as a result and as a goal', () => {
    expect(text(fig('城镇调查失业率', 5.2, '%', 'share'))).toBe('为5.2%')
    expect(text(fig('城镇调查失业率', 5.5, '%', 'share', { qualifier: '左右', period: '2024 target' }))).toBe('控制在5.5%左右')
    expect(text(fig('城镇登记失业率', 4, '%', 'share', { qualifier: '以内', period: '2024 target' }))).toBe('控制在4%以内')
    expect(text(fig('城镇登记失业率', 3.9, '%', 'share', { qualifier: '控制在' }))).toBe('控制在3.9%')
  })

  it('splits into lead, number and tail for a card’s runs; a figure typed by hand has no verb', () => {
    expect(figureWords(fig('地区生产总值', -1.2, '%', 'growth', { qualifier: '以上' }))).toMatchObject({ verb: '下降', lead: '下降', number: '1.2', tail: '%以上' })
    expect(figureWords(fig('华友产值', 110, '亿元', 'amount', { qualifier: '近' }))).toMatchObject({ verb: '达到', lead: '达到近', number: '110', tail: '亿元' })
    expect(figureWords(fig('自定义指标', 12, '%', undefined))).toMatchObject({ verb: '', text: '12%' })
  })
})

describe('periodWords and goalWords', () => {
  it('names periods as slides say them', () => {
    expect(periodWords('2023')).toBe('2023年')
    expect(periodWords('2024 target')).toBe('2024年预期目标')
    expect(periodWords('2021-2025')).toBe('2021—2025年')
    expect(periodWords('2026-2030 target')).toBe('2026—2030年目标')
    expect(periodWords(null)).toBe('')
  })

  const card = (target: SlideFigure['target'], more: Partial<SlideFigure> = {}): SlideFigure => ({ label: '地区生产总值', value: 3.3, unit: '%', qualifier: null, period: '2023', kind: 'growth', target, ...more })
  const goal = (value: number, period: string, more: Partial<NonNullable<SlideFigure['target']>> = {}) => ({ value, unit: '%', qualifier: '以上', period, kind: 'growth' as const, ...more })

  it('names next year’s target as such, never as the result’s own', () => {
    expect(goalWords(card(goal(5.5, '2024 target')))).toBe('2024年预期目标 5.5%以上')
    expect(goalWords(card(goal(5.5, '2023 target')))).toBe('目标 5.5%以上')
    expect(goalWords(card(goal(5, '2026-2030 target', { average: true })))).toBe('2026—2030年目标 年均5%以上')
    expect(goalWords(card(null))).toBe('')
  })

  it('keeps a goal’s verb when it says more than the card’s', () => {
    const cpi = card(goal(2, '2026 target', { qualifier: '左右' }), { label: '居民消费价格', value: -0.1 })
    expect(goalWords(cpi)).toBe('2026年预期目标 上涨2%左右')
    const jobless = card(goal(5.5, '2026 target', { qualifier: '左右', kind: 'share' }), { label: '城镇调查失业率', value: 5.2, kind: 'share' })
    expect(goalWords(jobless)).toBe('2026年预期目标 控制在5.5%左右')
    const jobs = card(goal(110, '2025 target', { unit: '万人', kind: 'count' }), { label: '城镇新增就业', value: 143, unit: '万人', kind: 'count', qualifier: '超', period: '2024' })
    expect(goalWords(jobs)).toBe('2025年预期目标 110万人以上')
  })
})
