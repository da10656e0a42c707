import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../../../src-shared/report/metrics'
import { figures, lvu } from './figures'

const pick = (text: string) =>
  extractMetrics(text).map((m) => ({ label: m.label, value: m.value, unit: m.unit, kind: m.kind, qualifier: m.qualifier, quote: m.quote }))

describe('metric extraction rules', () => {
  it('reads growth, falls as negative growth, with full-width digits', () => {
    expect(pick('全县地区生产总值增长６．５％；一般公共预算收入下降２．１％。')).toEqual([
      { label: '地区生产总值', value: 6.5, unit: '%', kind: 'growth', qualifier: null, quote: '全县地区生产总值增长６．５％' },
      { label: '一般公共预算收入', value: -2.1, unit: '%', kind: 'growth', qualifier: null, quote: '一般公共预算收入下降２．１％' },
    ])
    expect(pick('“三公”经费压减8%。')[0]).toMatchObject({ value: -8, kind: 'growth' })
  })
  it('tells amounts, counts, shares and changes apart', () => {
    const ms = pick('财政收入完成45.6亿元，城镇化率达到61.2%，提高1.3个百分点，新增市场主体1.2万户，建成5G基站3200个。')
    expect(ms.map((m) => [m.label, m.value, m.unit, m.kind])).toEqual([
      ['财政收入', 45.6, '亿元', 'amount'],
      ['城镇化率', 61.2, '%', 'share'],
      ['城镇化率', 1.3, '个百分点', 'change'],
      ['新增市场主体', 1.2, '万户', 'count'],
      ['5G基站', 3200, '个', 'count'],
    ])
  })
  it('reads qualifiers before and after the number', () => {
    const q = (t: string) => pick(t)[0]?.qualifier
    expect(q('粮食产量稳定在1.3万亿斤以上。')).toBe('以上')
    expect(q('国内生产总值增长5%左右。')).toBe('左右')
    expect(q('华友产值超110亿元。')).toBe('超')
    expect(q('营业收入超过300亿元。')).toBe('超过')
    expect(q('园区产值突破200亿元。')).toBe('突破')
    expect(q('带动就业近3万人。')).toBe('近')
    expect(q('惠及群众约12万人。')).toBe('约')
    expect(q('培训农民工1000多人。')).toBe('多')
    expect(q('工业投资年均增长11.1%。')).toBe('年均')
  })
  it('carries a subject across a 、-list and over generic words like 总量', () => {
    expect(pick('工业投资总量完成921亿元、年均增长11.1%。').map((m) => [m.label, m.kind, m.qualifier, m.quote])).toEqual([
      ['工业投资总量', 'amount', null, '工业投资总量完成921亿元'],
      ['工业投资总量', 'growth', '年均', '年均增长11.1%'],
    ])
    expect(pick('新增经营主体6万户，总量达45万户。')[1]?.label).toBe('经营主体总量')
    expect(pick('引进玉商回归项目258个，总投资631亿元。').map((m) => m.label)).toEqual(['玉商回归项目', '玉商回归项目总投资'])
  })
  it('pairs 分别 lists of subjects and values, quoting the whole clause', () => {
    const ms = pick('国内游客和旅游收入分别增长44.2%、32.7%。')
    expect(ms.map((m) => [m.label, m.value, m.quote])).toEqual([
      ['国内游客', 44.2, '国内游客和旅游收入分别增长44.2%、32.7%'],
      ['旅游收入', 32.7, '国内游客和旅游收入分别增长44.2%、32.7%'],
    ])
  })
  it('reads ranks, carrying the subject of the clause before', () => {
    expect(pick('获得专项资金24.5亿元，排全区第2。')[1]).toMatchObject({ label: '专项资金', value: 2, kind: 'rank' })
    expect(pick('高新技术企业数量居全国第5位。')[0]).toMatchObject({ label: '高新技术企业数量', value: 5, kind: 'rank', quote: '高新技术企业数量居全国第5位' })
  })
  it('skips years, dates, ordinals, quoted names and attributive numbers', () => {
    expect(pick('2023年2月29日，我市“1158”目标任务体系成型，成为我市第3家百亿企业，落实“十四五”规划。')).toEqual([])
    expect(pick('推动华友二期10万吨高纯镍、40万吨磷酸铁锂等项目开工。')).toEqual([])
    expect(pick('获得国家新发1万亿元特别国债资金24.5亿元。').map((m) => [m.label, m.quote])).toEqual([
      ['特别国债资金', '特别国债资金24.5亿元'],
    ])
  })
  it('keeps a series of nouns before one figure in its subject, but not clauses; parallel whole subjects each have it', () => {
    expect(lvu('汽车、家电、家居以旧换新销售额突破80亿元。')).toEqual([['汽车、家电、家居以旧换新销售额', 80, '亿元']])
    expect(lvu('小麦、玉米单产稳居全省第2位。')).toEqual([['小麦、玉米单产', 2, '位']])
    expect(lvu('推进数字化改造、新增企业50家。')).toEqual([['新增企业', 50, '家']])
    // Two whole indicators before one growth: each grows so (the label files give it to each, never to the last alone).
    expect(lvu('工业投资、民间投资增长6%。')).toEqual([
      ['工业投资', 6, '%'],
      ['民间投资', 6, '%'],
    ])
  })
  it('strips 全市/全省/全国 and list heads ending in 等 from labels', () => {
    expect(pick('全省规模以上工业增加值增长8%。')[0]?.label).toBe('规模以上工业增加值')
    expect(pick('装备制造、纺织服装等主导产业占规上工业比重达69%。')[0]).toMatchObject({
      label: '主导产业占规上工业比重',
      quote: '主导产业占规上工业比重达69%',
      kind: 'share',
    })
    expect(pick('高等教育毛入学率达到60%。')[0]?.label).toBe('高等教育毛入学率')
  })
  it('reads 压缩 as a fall', () => {
    expect(figures('会议费压缩20%。').map((m) => [m.label, m.value, m.kind])).toEqual([['会议费', -20, 'growth']])
  })
  it('drops an adverb of how long or how firmly before the verb from the label', () => {
    const f = figures('财政赤字率一直控制在3%以内。', '城镇登记失业率始终保持在4%以下。')
    expect(f.map((m) => m.label)).toEqual(['财政赤字率', '城镇登记失业率'])
  })
  it('reads 缩短 as a fall, in a rate or in words, and not as a share', () => {
    const f = figures('不动产登记时间缩短40%。', '项目审批时间平均缩短一半以上。', '企业开办时间缩短至2个工作日。')
    expect(f.map((m) => [m.label, m.value, m.unit, m.kind, m.qualifier])).toEqual([
      ['不动产登记时间', -40, '%', 'growth', null],
      ['项目审批时间', -50, '%', 'growth', '以上'],
      ['企业开办时间', 2, '个工作日', 'amount', null],
    ])
  })
  it('reads a level that passes a milestone (大关, 台阶) as the figure of the subject before it', () => {
    const f = figures('全县财政总收入跨过50亿元大关。', '园区产值接连跃上千亿元台阶。')
    expect(f.map((m) => [m.label, m.value, m.unit, m.qualifier])).toEqual([
      ['财政总收入', 50, '亿元', '超过'],
      ['园区产值', 1000, '亿元', null],
    ])
    // A plan's goal passed (规划目标) is a milestone too; how early it was passed (提前一年) is no part of the label.
    const g = figures('提前一年实现农村公路总里程突破8000公里规划目标。')
    expect(g.map((m) => [m.label, m.value, m.unit, m.qualifier])).toEqual([['农村公路总里程', 8000, '公里', '突破']])
  })
  it('reads half-width grouping commas but never the Chinese comma', () => {
    expect(pick('工业投资完成1,234亿元。')[0]?.value).toBe(1234)
    expect(pick('新增就业3，新增企业200家。').map((m) => m.value)).toEqual([200])
  })
  it('gives ids in text order and quotes that slice the original', () => {
    const text = '城镇新增就业１２００人，新建学校５所。'
    const ms = extractMetrics(text)
    expect(ms.map((m) => m.id)).toEqual(['m1', 'm2'])
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.quote)
  })
})

describe('a count whose list goes on after 和', () => {
  it('keeps the count before 和 and quotes it without the next item', () => {
    expect(figures('新增城镇就业82.7万人和农村劳动力转移就业68万人。').map((m) => [m.label, m.value, m.quote])).toEqual([
      ['新增城镇就业', 82.7, '新增城镇就业82.7万人'],
      ['农村劳动力转移就业', 68, '农村劳动力转移就业68万人'],
    ])
    // Values joined by 和 before the unit they share are quoted with it.
    const gaps = figures('全市工业投资增长10%，增速分别高于全国、全省0.9个和0.4个百分点。').filter((m) => m.unit === '个百分点')
    expect(gaps.map((m) => [m.value, m.quote])).toEqual([
      [0.9, '增速分别高于全国、全省0.9个和0.4个百分点'],
      [0.4, '增速分别高于全国、全省0.9个和0.4个百分点'],
    ])
  })
})
