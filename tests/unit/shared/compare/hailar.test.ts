/**
 * The comparison on real pairs: Hailar 2016 → 2017 and 2017 → 2018 (tests/fixtures/corpus/), against
 * hailar-compare.expect.json, which a person made from the texts without running the parser (every target
 * with its quote, the result with its quote or none, the status and the rule).
 *
 * Every item of that file is accounted for below, in exactly one list:
 * - EXACT: the matcher pairs it as the person did: same target (quote), same result (quote) or none, same status.
 *   Every headline item (主要预期目标) is here.
 * - OTHER_SENTENCE: the same target figure, which the parser read from another sentence of the report.
 * - UNPAIRED: the person paired a result the matcher does not, because nothing in the figures says it is the
 *   same thing without a guess (another label, another unit word, a broader scope). The matcher says 未报告
 *   there, never another status, and a person can pair them by hand in the comparison view.
 * - NOT_FOUND: the parser finds no figure for the target, so there is no pair.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { compareReports, type TargetPair } from '../../../../src-shared/compare/compare'
import { inUnit } from '../../../../src-shared/compare/units'
import type { ReportContent } from '../../../../src-shared/schemas/report'

interface FixtureFigure {
  value: number
  unit: string
  qualifier?: string | null
  quote: string
}
interface FixtureItem {
  indicator: string
  kind: string
  target: FixtureFigure
  result: FixtureFigure | null
  status: string
  scopeMismatch: boolean
}
interface FixturePair {
  from: string
  to: string
  year: number
  items: FixtureItem[]
  excluded: { quote: string; reason: string }[]
}

const DIR = 'tests/fixtures/corpus/'
const fixture = JSON.parse(readFileSync(`${DIR}hailar-compare.expect.json`, 'utf8')) as { pairs: FixturePair[] }

function report(file: string): ReportContent {
  const text = readFileSync(DIR + file, 'utf8')
  const a = analyzeReportText(text)
  const id = file.replace(/\.txt$/, '').replace(/_/g, '-')
  return {
    id,
    title: file,
    year: a.year,
    place: a.place,
    source: { fileName: file, format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' },
    text,
    sections: a.sections,
    metrics: a.metrics,
  }
}

const key = (item: FixtureItem) => `${item.indicator}|${item.kind}`

/** Items by `indicator|kind` as the fixture names them. */
const EXACT: Record<number, string[]> = {
  2016: [
    // 主要预期目标
    '地区生产总值|growth',
    '地区生产总值|amount',
    '公共财政预算收入|growth',
    '公共财政预算收入|amount',
    '区本级固定资产投资|growth',
    '社会消费品零售总额|growth',
    '城镇常住居民人均可支配收入|growth',
    '农村常住居民人均可支配收入|growth',
    // the year's other quantities
    '旅游接待人数|count',
    '旅游收入|amount',
    '入驻企业|count',
    '仓储库|amount',
    '大棚|amount',
    '现代牧场|count',
    '棚户区改造配套道路|count',
    '绿化任务|amount',
    '建材城|amount',
    '危旧房屋新建、维修、拆除|count',
    '退耕还林工程补植、管护|amount',
    '新增就业|count',
    '再就业|count',
    '平安小区|count',
    '综合服务管理平台覆盖率|share',
  ],
  2017: [
    // 主要预期目标: the 2018 report gives no 2017 GDP, revenue growth or investment (未报告)
    '地区生产总值|growth',
    '地区生产总值|amount',
    '一般公共财政预算收入|growth',
    '全社会固定资产投资|growth',
    '全社会固定资产投资|amount',
    '社会消费品零售总额|growth',
    '社会消费品零售总额|amount',
    '城镇常住居民人均可支配收入|growth',
    '城镇常住居民人均可支配收入|amount',
    '农村牧区常住居民人均可支配收入|growth',
    '农村牧区常住居民人均可支配收入|amount',
    '新增就业|count',
    '城镇登记失业率|share',
    // the year's other quantities
    '新增城区绿地面积|amount',
    '新增造林面积|amount',
    '奶牛养殖小区|count',
    '标准化棚圈|amount',
    '城市道路新建改造总长度|amount',
    '老旧小区既有建筑节能改造|count',
    '老旧小区三级供热管网改造|count',
    '中央公园景观、道路、活动广场建设|amount',
    '污水管网提升改造|count',
    // 新建改造公厕34座: the chain of actions stays whole, so the result pairs with 公厕新建改造
    '公厕新建改造|count',
  ],
}

/** The same target figure, read from another sentence: `我区初步安排的重点调度项目有66个`. */
const OTHER_SENTENCE: Record<number, string[]> = { 2016: ['重点项目|count'], 2017: [] }

/** Paired by the person, 未报告 here, and why. */
const UNPAIRED: Record<number, [string, string][]> = {
  2016: [['棚户区改造|count', 'the target is labelled 改造任务户数 (the clause does not name 棚户区); the result is 拆迁1.4万户']],
  2017: [
    ['城市道路新建改造|count', '城市道路新建改造 and 城市主次干道 are different names'],
    ['城区供水主管网改造|amount', '管网改造 is broader than 供水主管网 (the person flags the scope)'],
    ['老旧小区基础设施综合改造|count', '老旧小区基础设施综合改造 and 老旧小区改造任务 are different names'],
    ['垃圾中转站|count', '现代化垃圾中转站 and 新型垃圾转运站 are different names'],
    ['保暖房装修|count', '335座 and 335户 count in different unit words'],
    ['村屯绿化|amount', '公路、村屯、矿区绿化 is broader than 村屯绿化 (the person flags the scope)'],
    ['燃煤小锅炉淘汰和清洁能源替代|count', 'the parser labels the target 城区燃煤小锅炉淘汰和清洁能源替代工作 (城区 narrows it)'],
  ],
}

/**
 * Targets the parser finds no figure for. A capacity before its works (`完成日处理3万吨水厂改扩建`) is an attribute
 * of the works, and a count after a verb it cannot read (`严格11座…治理`) is left out rather than labelled `要严格`.
 */
const NOT_FOUND: Record<number, string[]> = {
  2016: ['水厂改扩建|amount', '重点项目投资|amount', '城市建设计划投资|amount', '主城区道路建设改造|count', '红星美凯龙主力店|amount', '重点区域绿化|amount', '公厕|count'],
  2017: [
    '两河圣山文化旅游景区基础设施建设投资|amount',
    '俄罗斯风情精品街项目投资|amount',
    '成吉思汗广场改造提升工程投资|amount',
    '特色景观环路|count',
    '风情滨河路|count',
    '精品大街|count',
    '绿色景观大道|count',
    '城市出入口|count',
    '棚户区征拆和安置|count',
    '城市道路新建改造投资|amount',
    '保护区企业退出|count',
    '普通中小学新建扩建|count',
    '10蒸吨以上燃煤锅炉废气治理|count',
  ],
}

/** Two quotes of one place in the text: one holds the other (the parser quotes a clause, the person a phrase). */
const sameQuote = (a: string, b: string) => a.includes(b) || b.includes(a)

/**
 * The pair whose target is this item's figure: same kind and the same value in the item's unit; among several
 * (7.5% is the 2017 target of GDP, revenue and rural income), the one quoted where the person quotes, then the one
 * labelled as the person names it (城镇… and 农村… share one quote: `…均增长8%`).
 */
function pairFor(pairs: readonly TargetPair[], item: FixtureItem): TargetPair | undefined {
  const same = pairs.filter((p) => p.kind === item.kind && inUnit(p.target.value, p.target.unit, item.target.unit) === item.target.value)
  const rank = (p: TargetPair) => (sameQuote(p.target.quote, item.target.quote) ? 0 : 2) + (p.target.label === item.indicator ? 0 : 1)
  return [...same].sort((a, b) => rank(a) - rank(b))[0]
}

for (const pair of fixture.pairs) {
  const previous = report(pair.from)
  const current = report(pair.to)
  const comparison = compareReports(previous, current)
  const items = new Map(pair.items.map((i) => [key(i), i]))

  describe(`Hailar ${pair.year} targets → ${pair.year + 1} report`, () => {
    it('is a pair: one place, consecutive years, the plan year compared', () => {
      expect(comparison.check).toEqual({ place: 'same', years: 'consecutive' })
      expect(comparison.year).toBe(pair.year)
    })

    it('accounts for every item of the hand-made list exactly once', () => {
      const listed = [...EXACT[pair.year]!, ...OTHER_SENTENCE[pair.year]!, ...UNPAIRED[pair.year]!.map(([k]) => k), ...NOT_FOUND[pair.year]!]
      expect(new Set(listed).size).toBe(listed.length)
      expect([...listed].sort()).toEqual([...items.keys()].sort())
    })

    it.each(EXACT[pair.year]!)('%s: the target, its result (or none) and the status, with their quotes', (k) => {
      const item = items.get(k)!
      const p = pairFor(comparison.pairs, item)
      expect(p, `${k}: ${item.target.quote}`).toBeDefined()
      expect(p!.included).toBe(true)
      expect(sameQuote(p!.target.quote, item.target.quote), `${p!.target.quote} / ${item.target.quote}`).toBe(true)
      if (item.result === null) {
        expect(p!.result, `${k}: ${p!.result?.quote}`).toBeNull()
      } else {
        expect(p!.result, k).not.toBeNull()
        expect(inUnit(p!.result!.value, p!.result!.unit, item.result.unit)).toBe(item.result.value)
        expect(sameQuote(p!.result!.quote, item.result.quote), `${p!.result!.quote} / ${item.result.quote}`).toBe(true)
      }
      expect(p!.status).toBe(item.status)
    })

    it.each(OTHER_SENTENCE[pair.year]!)('%s: the same figure from another sentence, with the same status', (k) => {
      const item = items.get(k)!
      const p = pairFor(comparison.pairs, item)
      expect(p?.status).toBe(item.status)
    })

    it.each(UNPAIRED[pair.year]!)('%s: 未报告 where the person paired a result (%s)', (k) => {
      const item = items.get(k)!
      const p = pairFor(comparison.pairs, item)
      expect(p, k).toBeDefined()
      expect(p!.result).toBeNull()
      expect(p!.status).toBe('未报告')
    })

    it('lists no target the person did not list, and leaves out the project sizes the person excluded', () => {
      for (const p of comparison.pairs) {
        const listed = pair.items.some((i) => i.kind === p.kind && inUnit(p.target.value, p.target.unit, i.target.unit) === i.target.value)
        const excluded = pair.excluded.some((e) => sameQuote(e.quote, p.target.quote))
        expect(listed || (excluded && !p.included), `${p.name} ${p.target.text}: ${p.target.quote}`).toBe(true)
      }
    })

    it('never gives a status the person did not: where they differ, it says 未报告', () => {
      for (const item of pair.items) {
        const p = pairFor(comparison.pairs, item)
        if (p) expect([item.status, '未报告'], `${key(item)}: ${p.status}`).toContain(p.status)
      }
    })
  })
}
