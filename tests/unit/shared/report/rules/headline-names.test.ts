import { describe, expect, it } from 'vitest'
import { stripLabelTimes } from '../../../../../src-shared/report/rules/label-times'
import { indicatorOf } from '../../../../../src-shared/report/indicators'
import { figures } from '../figures'

/** Label, value, qualifier and indicator of every figure of the sentences. */
const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.qualifier, m.indicator ?? null])

describe('headline indicators named cleanly', () => {
  it('reads a first crossing (首超) as the bound it is, and a bare crossing (过) off the label', () => {
    expect(view('全市粮食产量首超180万吨。')).toEqual([['粮食产量', 180, '超', 'grain-output']])
    expect(view('全县农村居民人均可支配收入整体越过9000元。')).toEqual([['农村居民人均可支配收入', 9000, '超过', 'rural-income']])
    expect(view('地方一般公共预算收入过千亿元。').map((v) => v[0])).toEqual(['地方一般公共预算收入'])
    expect(view('技改投资首次过百亿元。').map((v) => v[0])).toEqual(['技改投资'])
  })
  it('keeps 过 where it ends a word or makes a threshold', () => {
    expect(view('审议通过地方性法规6件。').map((v) => v[0])).toEqual(['地方性法规'])
    expect(view('全州县域生产总值未过百亿元。').map((v) => v[0])).toEqual(['县域生产总值未过'])
  })
  it('drops a connective that singles out what follows (尤其是, 特别是)', () => {
    expect(view('尤其是人均地区生产总值突破1.2万美元。')).toEqual([['人均地区生产总值', 1.2, '突破', 'gdp-per-capita']])
    expect(view('特别是工业投资同比增长16.5%。').map((v) => v[0])).toEqual(['工业投资'])
  })
  it('drops an adverb of expectation or earliness before the action that reached the figure', () => {
    expect(view('预计可实现地区生产总值2100亿元。').map((v) => [v[0], v[3]])).toEqual([['地区生产总值', 'gdp']])
    expect(view('受灾严重，仍然实现接待游客2600万人次。').map((v) => v[0])).toEqual(['接待游客'])
    expect(view('提前实现经济总量比2010年翻一番。').map((v) => [v[0], v[3]])).toEqual([['经济总量', 'gdp']])
    // 可 opening a name stays.
    expect(view('可再生能源发电装机达到450万千瓦。').map((v) => v[0])).toEqual(['可再生能源发电装机'])
  })
  it('drops the conditions of the year a grain target is set under', () => {
    expect(view('正常年景下粮食产量稳定在65亿斤以上。').map((v) => [v[0], v[3]])).toEqual([['粮食产量', 'grain-output']])
    expect(view('大灾之年粮食总产达到41.2万吨。').map((v) => [v[0], v[3]])).toEqual([['粮食总产', 'grain-output']])
  })
  it('drops 促进 before a standard indicator only', () => {
    expect(view('促进城镇新增就业3.6万人。').map((v) => [v[0], v[3]])).toEqual([['城镇新增就业', 'urban-new-jobs']])
    expect(view('出台促进消费措施15条。').map((v) => v[0])).toEqual(['促进消费措施'])
  })
  it('reads 设定在 as the verb of a target', () => {
    expect(view('地区生产总值增速设定在6%左右。').map((v) => [v[0], v[2], v[3]])).toEqual([['地区生产总值', '左右', 'gdp']])
  })
  it('takes a year written after the subject out of the label', () => {
    expect(view('森林覆盖率2030年达到46%。').map((v) => [v[0], v[3]])).toEqual([['森林覆盖率', 'forest-coverage']])
    expect(stripLabelTimes('一般公共预算收入是2010年')).toBe('一般公共预算收入')
    expect(stripLabelTimes('商品住宅库存比2019年末')).toBe('商品住宅库存')
    expect(stripLabelTimes('万元生产总值能耗分别比2010年')).toBe('万元生产总值能耗')
    expect(stripLabelTimes('1—10月规上工业增加值')).toBe('规上工业增加值')
    // After 到 or 从 the year is the end or the start of a change; its subject is elsewhere.
    expect(stripLabelTimes('提高到2019年')).toBe('提高到2019年')
  })
  it('names an indicator written with 额 or by its older or local name', () => {
    expect(indicatorOf('外贸进出口额')).toBe('foreign-trade')
    expect(indicatorOf('固定资产投资额')).toBe('fixed-asset-investment')
    expect(indicatorOf('规模以上固定资产投资')).toBe('fixed-asset-investment')
    expect(indicatorOf('全社会消费品零售总额')).toBe('retail-sales')
    expect(indicatorOf('地方公共财政收入')).toBe('budget-revenue')
    expect(indicatorOf('地方级财政收入')).toBe('fiscal-revenue')
    // 额 ends a measure of its own elsewhere.
    expect(indicatorOf('出口额')).toBe(null)
  })
  it('keeps a standard indicator whole in a list whose later items open with the noun of its head', () => {
    expect(view('全市规模以上工业增加值、工业投资、工业技改投资分别增长8.2%、21.5%、17%。').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['规模以上工业增加值', 8.2, 'industry-value-added'],
      ['工业投资', 21.5, null],
      ['工业技改投资', 17, null],
    ])
  })
  it('reads 户次 and 家次 as units, off the label', () => {
    const [m] = figures('减税降费惠及经营主体8.5万户次。')
    expect([m?.label.endsWith('经营主体'), m?.value, m?.unit]).toEqual([true, 8.5, '万户次'])
    expect(figures('走访服务企业3200家次。').map((x) => [x.label, x.unit])).toEqual([['走访服务企业', '家次']])
  })
  it('gives an increment written after a level that level\'s label (增产, 增收)', () => {
    expect(view('粮食生产再获丰收，产量81.6亿斤、增产3.2亿斤，占全省12.4%。').map((v) => [v[0], v[1]])).toEqual([
      ['粮食产量', 81.6],
      ['粮食产量', 3.2],
      ['粮食产量占全省比重', 12.4],
    ])
    expect(view('全市粮食总产量达到96.3万吨，增产2.1万吨。').map((v) => v[0])).toEqual(['粮食总产量', '粮食总产量'])
    expect(view('失业保险费收入实现21亿元，增收1.3亿元。').map((v) => v[0])).toEqual(['失业保险费收入', '失业保险费收入'])
    // After a count of people the gain is theirs, not a level's: it stays as written.
    expect(view('带动农户1.2万户、增收8600万元。').map((v) => v[0])).toEqual(['农户', '增收'])
  })
  it('drops a circled list number at a label\'s head', () => {
    expect(view('①新增城镇就业1.8万人；②完成城镇老旧小区改造64个；⑶建设乡镇客运站9个。').map((v) => [v[0], v[3]])).toEqual([
      ['新增城镇就业', 'urban-new-jobs'],
      ['城镇老旧小区改造', 'old-community-renovation'],
      ['乡镇客运站', null],
    ])
  })
  it('reads PM_2.5 (a subscript written with an underscore) as a name, never as a figure', () => {
    expect(view('全市PM_2.5年均浓度控制在31微克/立方米以内。')).toEqual([['PM_2.5年均浓度', 31, '以内', 'pm25']])
    expect(view('SO_2、NO_2浓度分别下降12.5%和8.1%。').map((v) => [v[0], v[1]])).toEqual([
      ['SO_2浓度', -12.5],
      ['NO_2浓度', -8.1],
    ])
  })
  it('gives one rate after two whole indicators joined by 和 to each (two figures, never one label)', () => {
    expect(view('全市固定资产投资和社会消费品零售总额增长9%左右。').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['固定资产投资', 9, 'fixed-asset-investment'],
      ['社会消费品零售总额', 9, 'retail-sales'],
    ])
    expect(view('地区生产总值、全体居民人均可支配收入提前实现“翻一番”。').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['地区生产总值', 2, 'gdp'],
      ['全体居民人均可支配收入', 2, 'resident-income'],
    ])
    // A count after two things joined by 和 is their total, and stays one figure.
    expect(view('新建学校和幼儿园46所。').map((v) => v[0])).toEqual(['新建学校和幼儿园'])
  })
  it('drops the lead-in that names what kind of indicator follows (…指标是)', () => {
    expect(view('其中最主要的综合性指标是地区生产总值年均增长6.5%以上。').map((v) => [v[0], v[3]])).toEqual([['地区生产总值', 'gdp']])
  })
  it('lends no build verb from a noun it opens (建设用地) to the next item', () => {
    expect(view('建设用地安全利用率和生活垃圾无害化处理率达100%。').map((v) => v[0])).toEqual(['建设用地安全利用率', '生活垃圾无害化处理率'])
  })
  it('drops the end of a bracket opened before the clause', () => {
    expect(view('全省14个县（市）公共财政预算收入达到930亿元。').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['公共财政预算收入', 930, 'budget-revenue'],
    ])
    expect(view('全市6个开发区（含筹建）建成区面积158平方公里。').map((v) => v[0])).toEqual(['开发区', '建成区面积'])
    // A name in brackets stays whole.
    expect(view('细颗粒物（PM2.5）平均浓度下降4.2%。').map((v) => v[3])).toEqual(['pm25'])
  })
  it('reads 年均增长 before 分别为 as the yearly growth of each item', () => {
    expect(view('城乡居民人均可支配收入年均增长分别为8.3%、9.7%。').map((v) => [v[0], v[1], v[2], v[3]])).toEqual([
      ['城镇居民人均可支配收入', 8.3, '年均', 'urban-income'],
      ['农村居民人均可支配收入', 9.7, '年均', 'rural-income'],
    ])
  })
  it('drops a year written in Chinese numerals at a label\'s head (到二〇二五年)', () => {
    expect(view('到二〇三〇年经济总量突破3000亿元。').map((v) => [v[0], v[3]])).toEqual([['经济总量', 'gdp']])
  })
  it('keeps 改造 before a number-before-noun when it makes the thing counted a standard indicator', () => {
    expect(view('改造108个老旧小区。').map((v) => [v[0], v[3]])).toEqual([['改造老旧小区', 'old-community-renovation']])
    // Before anything else its chains go, as the label files write them (建设改造2046所寄宿制学校 → 寄宿制学校).
    expect(view('建设改造500所寄宿制学校。').map((v) => v[0])).toEqual(['寄宿制学校'])
  })
  it('names the revenue after a count of visitors tourism\'s (旅游总收入), not the reception\'s', () => {
    expect(view('全年接待游客1860万人次、总收入210亿元。').map((v) => [v[0], v[3]])).toEqual([
      ['接待游客', 'tourist-arrivals'],
      ['旅游总收入', 'tourism-revenue'],
    ])
    expect(view('旅游接待人次和收入分别增长12%和15%。').map((v) => v[0])).toEqual(['旅游接待人次', '旅游收入'])
    // A revenue of its own (营业收入) stays the receiver's.
    expect(view('重点景区接待游客数量、营业收入分别增长12%、21%。').map((v) => v[0])[1]).toBe('重点景区接待游客营业收入')
  })
  it('splits the three sectors said at once (三次产业, 一二三产) when they have three values', () => {
    expect(view('其中三次产业增加值分别增长4.1%、6.3%、5.2%。').map((v) => [v[0], v[1], v[3]])).toEqual([
      ['第一产业增加值', 4.1, 'primary-industry'],
      ['第二产业增加值', 6.3, 'secondary-industry'],
      ['第三产业增加值', 5.2, 'tertiary-industry'],
    ])
    expect(view('全市一二三产分别完成98亿元、273亿元、154亿元。').map((v) => v[0])).toEqual(['第一产业增加值', '第二产业增加值', '第三产业增加值'])
  })
  it('labels by how many points a task was beaten as a change of the figure before (超出年度任务)', () => {
    const beat = figures('城镇新增就业3.2万人，超出年度任务6.7个百分点。')[1]
    expect([beat?.label, beat?.value, beat?.kind, beat?.gap]).toEqual(['城镇新增就业', 6.7, 'change', '超出年度任务'])
    expect(
      figures('固定资产投资增长9.5%、社会消费品零售总额增长8.3%，分别高出计划1个、0.3个百分点。')
        .slice(2)
        .map((m) => [m.label, m.value, m.kind, m.gap]),
    ).toEqual([
      ['固定资产投资', 1, 'change', '高出计划'],
      ['社会消费品零售总额', 0.3, 'change', '高出计划'],
    ])
  })
  it('names an indicator counted as 总数, 数量 or 人数, and reads 净增长 as a verb', () => {
    expect(indicatorOf('接待游客人数')).toBe('tourist-arrivals')
    expect(indicatorOf('市场主体总数')).toBe('market-entities')
    expect(indicatorOf('货物贸易进出口总额')).toBe('foreign-trade')
    expect(view('全市市场主体四年净增长28.5%。').map((v) => [v[0], v[1], v[3]])).toEqual([['市场主体', 28.5, 'market-entities']])
    expect(view('经济总量自2019年起稳居全省第三。').map((v) => v[0])).toEqual(['经济总量'])
  })
})

