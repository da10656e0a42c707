/**
 * The standard indicators of government work reports: one vocabulary for the parser (every figure that measures
 * one gets its `indicator` id), the draft (headline indicators first, in this order), the comparison of two
 * reports (a target and a result pair when they measure the same indicator) and the metric table's filter.
 *
 * Words are data: a new synonym is a new string here, never a new rule. `name` is what a slide calls it, so a
 * synonym must measure the same statistic (户籍人口城镇化率 is not 常住人口城镇化率, 纯收入 is not 可支配收入).
 * Matching is on the whole label (after scope prefixes such as 全市/全省 and measure words such as 增速 are
 * dropped), never on a substring: “华友产值” is not 地区生产总值.
 */

import { INDICATOR_SCOPE_PREFIXES, SCOPE_PREFIXES } from './words/labels'

export interface IndicatorDef {
  id: string
  /** The full standard name, as a slide shows it. */
  name: string
  /** Other names reports use for the same indicator. */
  synonyms: readonly string[]
  /** Headline indicators, in the order of importance the draft uses; others are 0. */
  headline: number
  /**
   * Which way is better when a result meets a target: `higher` (growth, income), `lower` (energy use per unit of
   * GDP), or `ceiling` (a cap: prices, unemployment; `3%左右` means at most about 3%).
   */
  better: 'higher' | 'lower' | 'ceiling'
}

export const INDICATORS = [
  {
    id: 'gdp',
    name: '地区生产总值',
    synonyms: ['国内生产总值', '生产总值', '本地生产总值', '市内生产总值', 'GDP', '地区GDP', '经济总量', '经济增长', '经济增速'],
    headline: 1,
    better: 'higher',
  },
  {
    id: 'industry-value-added',
    name: '规模以上工业增加值',
    synonyms: ['规模以上工业企业增加值', '规模以上工业增速'],
    headline: 2,
    better: 'higher',
  },
  {
    id: 'fixed-asset-investment',
    name: '固定资产投资',
    synonyms: ['全社会固定资产投资', '固定资产投资总额', '500万元以上固定资产投资', '规模以上固定资产投资', '城镇固定资产投资', '区本级固定资产投资', '县本级固定资产投资'],
    headline: 3,
    better: 'higher',
  },
  {
    id: 'retail-sales',
    name: '社会消费品零售总额',
    synonyms: ['社会消费品零售额', '社消零总额', '社零总额', '社会消费品零售', '全社会消费品零售总额'],
    headline: 4,
    better: 'higher',
  },
  {
    id: 'budget-revenue',
    name: '一般公共预算收入',
    synonyms: [
      '地方一般公共预算收入', '地方级一般公共预算收入', '一般公共财政预算收入', '公共财政预算收入',
      '地方公共财政预算收入', '一般预算收入', '财政一般预算收入', '地方财政一般预算收入', '一般公共预算收入总额',
      // Its name before the budget law of 2014 (公共财政收入 for 公共财政预算收入, as the reports of 2013–2014 write it).
      '公共财政收入', '地方公共财政收入',
    ],
    headline: 5,
    better: 'higher',
  },
  {
    id: 'resident-income',
    name: '居民人均可支配收入',
    synonyms: ['全体居民人均可支配收入', '常住居民人均可支配收入', '全体常住居民人均可支配收入'],
    headline: 6,
    better: 'higher',
  },
  {
    id: 'urban-income',
    name: '城镇居民人均可支配收入',
    synonyms: ['城镇常住居民人均可支配收入', '城镇居民可支配收入', '城市居民人均可支配收入'],
    headline: 7,
    better: 'higher',
  },
  {
    id: 'rural-income',
    name: '农村居民人均可支配收入',
    synonyms: [
      '农村常住居民人均可支配收入', '农村牧区常住居民人均可支配收入', '农村牧区居民人均可支配收入',
      '农民人均可支配收入', '农村居民可支配收入',
    ],
    headline: 8,
    better: 'higher',
  },
  {
    // Before 2014 the statistic was net income (纯收入), which is not disposable income: a slide never renames one as
    // the other, and two reports are not compared across the change.
    id: 'rural-net-income',
    name: '农民人均纯收入',
    synonyms: ['农村居民人均纯收入', '农牧民人均纯收入', '农村牧民人均纯收入', '农民纯收入'],
    headline: 8,
    better: 'higher',
  },
  {
    id: 'urban-new-jobs',
    name: '城镇新增就业',
    synonyms: ['城镇新增就业人数', '新增城镇就业', '城镇新增就业人员', '新增就业'],
    headline: 9,
    better: 'higher',
  },
  {
    id: 'surveyed-unemployment',
    name: '城镇调查失业率',
    synonyms: ['城镇调查失业率', '调查失业率'],
    headline: 10,
    better: 'ceiling',
  },
  {
    id: 'registered-unemployment',
    name: '城镇登记失业率',
    synonyms: ['登记失业率'],
    headline: 11,
    better: 'ceiling',
  },
  {
    id: 'cpi',
    name: '居民消费价格',
    synonyms: ['居民消费价格涨幅', '居民消费价格指数', '居民消费价格总水平', 'CPI', '物价', '物价涨幅', '消费价格'],
    headline: 12,
    better: 'ceiling',
  },
  {
    id: 'foreign-trade',
    name: '外贸进出口总额',
    synonyms: [
      '外贸进出口', '进出口总额', '货物进出口总额', '货物贸易进出口', '对外贸易进出口总额', '外贸进出口总值',
      '进出口', '外贸进出口总量', '货物进出口', '进出口总值', '货物贸易', '外贸进出口总值', '货物贸易进出口总额', '货物贸易进出口',
    ],
    headline: 13,
    better: 'higher',
  },
  {
    id: 'foreign-investment',
    name: '实际使用外资',
    synonyms: ['实际利用外资', '实际使用外资金额', '实际利用外资金额', '实际使用外商直接投资'],
    headline: 14,
    better: 'higher',
  },
  {
    id: 'grain-output',
    name: '粮食产量',
    synonyms: ['粮食总产量', '粮食总产', '粮食生产'],
    headline: 15,
    better: 'higher',
  },
  {
    id: 'energy-intensity',
    name: '单位地区生产总值能耗',
    synonyms: ['单位GDP能耗', '单位国内生产总值能耗', '单位生产总值能耗', '万元地区生产总值能耗', '万元GDP能耗'],
    headline: 0,
    better: 'lower',
  },
  {
    id: 'carbon-intensity',
    name: '单位地区生产总值二氧化碳排放',
    synonyms: ['单位GDP二氧化碳排放', '单位国内生产总值二氧化碳排放', '单位生产总值二氧化碳排放'],
    headline: 0,
    better: 'lower',
  },
  {
    id: 'urbanization-rate',
    name: '常住人口城镇化率',
    synonyms: ['城镇化率'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'rd-intensity',
    name: '研发经费投入强度',
    synonyms: ['研究与试验发展经费投入强度', 'R&D经费投入强度', '全社会研发经费投入强度', '研发投入强度', '全社会研发投入强度'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'budget-expenditure',
    name: '一般公共预算支出',
    synonyms: ['地方一般公共预算支出', '一般公共财政预算支出', '公共财政预算支出', '公共预算支出'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'deficit-ratio',
    name: '赤字率',
    synonyms: ['财政赤字率'],
    headline: 0,
    better: 'ceiling',
  },
  {
    id: 'air-quality-days',
    name: '空气质量优良天数比率',
    synonyms: [
      '环境空气质量优良天数比率', '空气质量优良天数比例', '环境空气优良天数比率', '城区环境空气优良天数比率',
      '空气优良天数比率', '空气质量优良率', '地级及以上城市空气质量优良天数比率',
    ],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'pm25',
    name: '细颗粒物（PM2.5）平均浓度',
    synonyms: ['PM2.5平均浓度', 'PM2.5年均浓度', 'PM2.5浓度', '细颗粒物平均浓度', '细颗粒物浓度', '细颗粒物(PM2.5)平均浓度', '细颗粒物(PM2.5)浓度'],
    headline: 0,
    better: 'lower',
  },
  {
    id: 'tourism-revenue',
    name: '旅游总收入',
    synonyms: ['旅游收入', '旅游业总收入', '旅游综合收入'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'tourist-arrivals',
    name: '接待游客',
    synonyms: ['游客接待量', '接待游客人次', '接待国内外游客', '旅游接待人次', '游客人次', '接待游客总人次', '旅游接待人数'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'fiscal-revenue',
    name: '财政收入',
    synonyms: ['全国财政收入', '地方财政收入', '财政总收入', '地方级财政收入'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'gdp-per-capita',
    name: '人均地区生产总值',
    synonyms: ['人均生产总值', '人均GDP', '人均国内生产总值'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'primary-industry',
    name: '第一产业增加值',
    synonyms: ['一产增加值', '农林牧渔业增加值'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'secondary-industry',
    name: '第二产业增加值',
    synonyms: ['二产增加值'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'tertiary-industry',
    name: '第三产业增加值',
    synonyms: ['三产增加值', '服务业增加值'],
    headline: 0,
    better: 'higher',
  },
  {
    // 工业总产值 counts all industry, not only enterprises above the scale: not a synonym.
    id: 'industrial-output',
    name: '规模以上工业总产值',
    synonyms: ['规上工业总产值'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'services-trade',
    name: '服务进出口总额',
    synonyms: ['服务贸易', '服务进出口', '服务贸易进出口总额', '服务贸易进出口', '服务贸易总额'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'outward-investment',
    name: '对外直接投资',
    synonyms: ['实际对外投资', '实际对外直接投资', '对外投资'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'labour-productivity',
    name: '全员劳动生产率',
    synonyms: [],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'rd-expenditure',
    name: '研发经费投入',
    synonyms: ['全社会研发经费投入', '研发经费支出', '研究与试验发展经费支出', 'R&D经费支出', '全社会研发投入'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'special-bonds',
    name: '地方政府专项债券',
    synonyms: ['专项债券', '新增专项债券', '地方政府专项债'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'central-budget-investment',
    name: '中央预算内投资',
    synonyms: [],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'market-entities',
    name: '经营主体',
    synonyms: ['市场主体', '经营主体总量', '市场主体总量'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'life-expectancy',
    name: '人均预期寿命',
    synonyms: ['居民人均预期寿命'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'forest-coverage',
    name: '森林覆盖率',
    synonyms: [],
    headline: 0,
    better: 'higher',
  },
  {
    id: 're-employment',
    name: '失业人员再就业',
    synonyms: ['再就业', '城镇失业人员再就业', '下岗失业人员再就业', '失业人员再就业人数'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'afforestation',
    name: '造林面积',
    synonyms: ['新增造林', '新增造林面积', '完成造林', '人工造林', '植树造林'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'shantytown-renovation',
    name: '棚户区改造',
    synonyms: ['棚改', '棚改任务', '棚户区改造任务', '城镇棚户区改造', '棚户区住房改造'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'old-community-renovation',
    name: '老旧小区改造',
    synonyms: ['城镇老旧小区改造', '改造老旧小区', '改造城镇老旧小区', '老旧小区改造任务', '老旧小区综合改造'],
    headline: 0,
    better: 'higher',
  },
  {
    id: 'public-toilets',
    name: '公厕新建改造',
    synonyms: ['新建改造公厕', '改造新建公厕', '公共厕所新建改造', '新建改造公共厕所'],
    headline: 0,
    better: 'higher',
  },
] as const satisfies readonly IndicatorDef[]

export type IndicatorId = (typeof INDICATORS)[number]['id']

const BY_ID = new Map<string, IndicatorDef>(INDICATORS.map((d) => [d.id, d]))

export function indicatorById(id: string | null | undefined): IndicatorDef | null {
  return id ? (BY_ID.get(id) ?? null) : null
}

/**
 * Scope words before a label that do not change what is measured: the labels' scope words, and two more that only an
 * indicator's name may drop (`全年地区生产总值`, `地级及以上城市PM2.5浓度`; as a label they stay).
 */
const SCOPE_PREFIX = new RegExp(`^(?:${[...SCOPE_PREFIXES, ...INDICATOR_SCOPE_PREFIXES].join('|')})+`)
/** Words after a label that name the measure of the same indicator, not another one. */
const MEASURE_SUFFIX = /(?:增速|增幅|增长率|增长|年均增速|总量|规模|预期目标|目标|额|总数|数量|人数)$/

function normalizeName(s: string): string {
  return s
    .normalize('NFKC') // full-width digits, letters and brackets: ＰＭ２．５（ → PM2.5(
    .replace(/[\s“”"'‘’《》「」]/g, '')
    // PM_2.5: a subscript written with an underscore, as pages converted to text write it.
    .replace(/(?<=[A-Za-z])_(?=\d)/g, '')
    .replace(/规上/g, '规模以上')
    .toUpperCase()
}

const BY_NAME = new Map<string, string>()
for (const d of INDICATORS as readonly IndicatorDef[]) {
  for (const name of [d.name, ...d.synonyms]) BY_NAME.set(normalizeName(name), d.id)
}

/** Every name and synonym of the vocabulary, longest first. */
export const INDICATOR_NAMES: readonly string[] = (INDICATORS as readonly IndicatorDef[])
  .flatMap((d) => [d.name, ...d.synonyms])
  .sort((a, b) => b.length - a.length)

/** The indicator a label names, or null. Whole-label matching after dropping scope prefixes and measure words. */
export function indicatorOf(label: string): IndicatorId | null {
  let name = normalizeName(label)
  for (let pass = 0; pass < 2; pass++) {
    const hit = BY_NAME.get(name) ?? BY_NAME.get(name.replace(SCOPE_PREFIX, ''))
    if (hit) return hit as IndicatorId
    const stripped = name.replace(SCOPE_PREFIX, '').replace(/\([^)]*\)$/, '').replace(MEASURE_SUFFIX, '')
    if (stripped === name || stripped === '') break
    name = stripped
  }
  return null
}

/**
 * Names that measure an indicator only as a growth: `经济增长6%左右`, `全年经济增长4.5%以上` are the growth of GDP (the
 * verb is read off, leaving 经济), while `经济` before a level or a count names nothing (`数字经济`, `经济总量` are names of
 * their own and matched whole above).
 */
const GROWTH_NAMES: ReadonlyMap<string, IndicatorId> = new Map([['经济', 'gdp']])

/** Indicators counted in money (yuan, dollars): a bare magnitude of one (`人均生产总值破10万`) is an amount. */
const MONEY_INDICATORS: ReadonlySet<string> = new Set([
  'gdp', 'gdp-per-capita', 'industry-value-added', 'fixed-asset-investment', 'retail-sales', 'budget-revenue', 'budget-expenditure',
  'fiscal-revenue', 'resident-income', 'urban-income', 'rural-income', 'rural-net-income', 'foreign-trade', 'foreign-investment',
  'tourism-revenue', 'primary-industry', 'secondary-industry', 'tertiary-industry', 'industrial-output', 'services-trade',
  'outward-investment', 'rd-expenditure', 'special-bonds', 'central-budget-investment',
])

export function isMoneyIndicator(id: string | null): boolean {
  return id !== null && MONEY_INDICATORS.has(id)
}

/** The indicator a figure of this kind measures: its label's, or for a growth, a name that only a growth gives one. */
export function indicatorOfFigure(label: string, kind: string | null): IndicatorId | null {
  const named = indicatorOf(label)
  if (named !== null || kind !== 'growth') return named
  return GROWTH_NAMES.get(normalizeName(label).replace(SCOPE_PREFIX, '')) ?? null
}

/** The indicators in headline order, for the draft's KPI cards. */
export const HEADLINE_INDICATORS: readonly IndicatorDef[] = (INDICATORS as readonly IndicatorDef[])
  .filter((d) => d.headline > 0)
  .sort((a, b) => a.headline - b.headline)
