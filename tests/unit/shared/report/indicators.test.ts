import { describe, expect, it } from 'vitest'
import { HEADLINE_INDICATORS, INDICATORS, indicatorById, indicatorOf } from '../../../../src-shared/report/indicators'

describe('the indicator vocabulary', () => {
  it('names each indicator once: no name or synonym belongs to two indicators', () => {
    const seen = new Map<string, string>()
    for (const d of INDICATORS) {
      for (const n of [d.name, ...d.synonyms]) {
        const key = n.replace(/规上/g, '规模以上').toUpperCase()
        expect(seen.get(key) ?? d.id, `${n} is claimed by ${seen.get(key)} and ${d.id}`).toBe(d.id)
        seen.set(key, d.id)
      }
    }
  })

  it.each([
    ['地区生产总值', 'gdp'],
    ['全市地区生产总值', 'gdp'],
    ['GDP', 'gdp'],
    ['经济总量', 'gdp'],
    ['本地生产总值', 'gdp'],
    ['地区生产总值增速', 'gdp'],
    ['规上工业增加值', 'industry-value-added'],
    ['规模以上工业增加值', 'industry-value-added'],
    ['全社会固定资产投资', 'fixed-asset-investment'],
    ['社会消费品零售总额', 'retail-sales'],
    ['一般公共财政预算收入', 'budget-revenue'],
    ['城镇常住居民人均可支配收入', 'urban-income'],
    ['农村牧区常住居民人均可支配收入', 'rural-income'],
    ['城镇新增就业', 'urban-new-jobs'],
    ['城镇调查失业率', 'surveyed-unemployment'],
    ['居民消费价格涨幅', 'cpi'],
    ['外贸进出口', 'foreign-trade'],
    ['外贸进出口总额', 'foreign-trade'],
    ['单位GDP能耗', 'energy-intensity'],
    ['“粮食产量”', 'grain-output'],
  ])('%s → %s', (label, id) => {
    expect(indicatorOf(label)).toBe(id)
  })

  it.each([
    ['公共预算支出', 'budget-expenditure'],
    ['区本级固定资产投资', 'fixed-asset-investment'],
    ['旅游接待人数', 'tourist-arrivals'],
    ['货物贸易', 'foreign-trade'],
    ['服务贸易', 'services-trade'],
    ['一产增加值', 'primary-industry'],
    ['人均生产总值', 'gdp-per-capita'],
    ['全国财政收入', 'fiscal-revenue'],
    ['地级及以上城市细颗粒物（PM2.5）平均浓度', 'pm25'],
    ['经济增长预期目标', 'gdp'],
    ['市场主体总量', 'market-entities'],
  ])('the corpus’s names: %s → %s', (label, id) => {
    expect(indicatorOf(label)).toBe(id)
  })

  it.each(['华友产值', '工业投资总量', '投资', '资金', '城镇', '新建项目对工业增长贡献率', '产值', ''])(
    'does not guess from part of a label: %s',
    (label) => {
      expect(indicatorOf(label)).toBeNull()
    },
  )

  it.each([
    ['农民人均纯收入', 'rural-net-income'],
    ['农村居民人均纯收入', 'rural-net-income'],
    ['户籍人口城镇化率', null],
    ['工业总产值', null],
  ])('keeps statistics apart that a slide must not rename: %s → %s', (label, id) => {
    expect(indicatorOf(label)).toBe(id)
  })

  it('orders the headline indicators as the draft uses them: GDP, industry, investment, consumption, revenue, incomes, jobs, prices', () => {
    const ids = HEADLINE_INDICATORS.map((d) => d.id)
    expect(ids.slice(0, 5)).toEqual(['gdp', 'industry-value-added', 'fixed-asset-investment', 'retail-sales', 'budget-revenue'])
    expect(ids.indexOf('urban-income')).toBeLessThan(ids.indexOf('urban-new-jobs'))
    expect(ids.indexOf('urban-new-jobs')).toBeLessThan(ids.indexOf('cpi'))
    expect(indicatorById('cpi')?.better).toBe('ceiling')
    expect(indicatorById('nope')).toBeNull()
  })
})
