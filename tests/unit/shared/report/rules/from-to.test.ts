import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind, m.period])

describe('rule: from-to', () => {
  it('reads levels adjusted or sped up (下调到, 上调至, 提速至) and ends dated to the start or end of the year', () => {
    expect(view('一、2019年工作回顾', '行政审批申请材料由64种下调到21种。').map((v) => [v[0], v[1]])).toEqual([
      ['行政审批申请材料', 64],
      ['行政审批申请材料', 21],
    ])
    expect(view('一、2019年工作回顾', '居民消费价格涨幅由年初的4.2%逐步回落到年底的2.6%。').map((v) => [v[0], v[1]])).toEqual([
      ['居民消费价格涨幅', 4.2],
      ['居民消费价格涨幅', 2.6],
    ])
    expect(lvu('一、2019年工作回顾', '企业开办时间提速至2个工作日。')).toEqual([['企业开办时间', 2, '个工作日']])
  })
  it('reads a bare 0 a level falls to as a level in the first one\'s unit', () => {
    expect(view('一、2019年工作回顾', '建档立卡贫困发生率由2014年的12.6%下降到0。')).toEqual([
      ['建档立卡贫困发生率', 12.6, 'share', '2014'],
      ['建档立卡贫困发生率', 0, 'share', '2019'],
    ])
  })
  it('reads a year and then a rate base before the first level (从2015年的人均…) out of the label, the year dating it', () => {
    expect(view('一、2019年工作回顾', '全员劳动生产率从2015年的人均16.8万元提高到21万元。')).toEqual([
      ['全员劳动生产率', 16.8, 'amount', '2015'],
      ['全员劳动生产率', 21, 'amount', '2019'],
    ])
  })

  it('reads a reduction from one count to another (缩减为, 压减到) as the two levels', () => {
    expect(view('一、2019年工作回顾', '市级行政许可事项由120项缩减为76项。').map((v) => [v[0], v[1]])).toEqual([
      ['市级行政许可事项', 120],
      ['市级行政许可事项', 76],
    ])
  })

  it('reads a starting level whose unit is written only after the end level (由96增加到150公顷), out of the label', () => {
    expect(view('一、过去五年工作回顾', '五年来，城市公园面积由96增加到150公顷，审批时限由15天减少至5个工作日。').map((v) => [v[0], v[1]])).toEqual([
      ['城市公园面积', 96],
      ['城市公园面积', 150],
      ['审批时限', 15],
      ['审批时限', 5],
    ])
  })

  it('reads a first level written bare (由9.5增加到11.2平方米) as a level of the unit written once, and the subject without it', () => {
    expect(figures('一、过去五年工作回顾', '五年来，人均绿地面积由9.5增加到11.2平方米。').map((m) => [m.label, m.value, m.unit, m.period])).toEqual([
      ['人均绿地面积', 9.5, '平方米', '2019'],
      ['人均绿地面积', 11.2, '平方米', '2024'],
    ])
  })

  it('reads a rate base between 从 and the figure (`从月人均`, `年生均`) out of the label', () => {
    expect(view('城市低保标准从月人均720元提高到760元，生活补助从年生均1800元提高到2000元。')).toEqual([
      ['城市低保标准', 720, 'amount', '2023'],
      ['城市低保标准', 760, 'amount', '2024'],
      ['生活补助', 1800, 'amount', '2023'],
      ['生活补助', 2000, 'amount', '2024'],
    ])
  })
  it('reads a bound before the second level (提高到近, 增加到约) as that level\'s qualifier, not a break in the change', () => {
    expect(figures('一、过去五年工作回顾', '五年来，常住人口城镇化率从58.2%提高到近63%，人均收入由3.1万元增加到约4万元。').map((m) => [m.label, m.value, m.qualifier, m.period])).toEqual([
      ['常住人口城镇化率', 58.2, null, '2019'],
      ['常住人口城镇化率', 63, '近', '2024'],
      ['人均收入', 3.1, null, '2019'],
      ['人均收入', 4, '约', '2024'],
    ])
  })
  it('reads 跃居 and 发展到 as the bridge of a change, and a rank pair after an amount pair as the same subject\'s', () => {
    const five = ['一、过去五年工作回顾', '五年来，全市生产总值由5200亿元增加到7800亿元，从全国城市第31位跃居第24位。']
    expect(figures(...five).map((m) => [m.label, m.value, m.kind, m.period])).toEqual([
      ['生产总值', 5200, 'amount', '2019'],
      ['生产总值', 7800, 'amount', '2024'],
      ['生产总值', 31, 'rank', '2019'],
      ['生产总值', 24, 'rank', '2024'],
    ])
    // The quote of the carried pair opens with the pair that names it.
    expect(figures(...five)[2]?.quote).toBe('全市生产总值由5200亿元增加到7800亿元，从全国城市第31位跃居第24位')
    expect(view('规上工业增加值从第9位跃居第5位。').map((v) => [v[0], v[1], v[2]])).toEqual([
      ['规上工业增加值', 9, 'rank'],
      ['规上工业增加值', 5, 'rank'],
    ])
    expect(view('茶叶、中药材等农民专业合作社由86家发展到140家。').map((v) => [v[0], v[1]])).toEqual([
      ['农民专业合作社', 86],
      ['农民专业合作社', 140],
    ])
  })
  it('dates the start of a change written as last year\'s (由上年的…) to the year before', () => {
    expect(view('全市营商环境评价排名由上年的28位提升到19位。')).toEqual([
      ['营商环境评价排名', 28, 'rank', '2023'],
      ['营商环境评价排名', 19, 'rank', '2024'],
    ])
  })
  it('reads a change of a measure without unit (倍差从…缩小到…) as its two levels', () => {
    expect(lvu('城乡居民收入倍差从1.96缩小到1.85。')).toEqual([
      ['城乡居民收入倍差', 1.96, ''],
      ['城乡居民收入倍差', 1.85, ''],
    ])
  })
  it('reads a rise from one place in a ranking to another (从全省第十位跃升至第六位) as two ranks of the subject', () => {
    expect(figures('一、过去五年工作回顾', '五年来，全市粮食总产量从全省第十位跃升至第六位，营商环境排名由2019年的第80位上升至第52位。').map((m) => [m.label, m.value, m.kind, m.period])).toEqual([
      ['粮食总产量', 10, 'rank', '2019'],
      ['粮食总产量', 6, 'rank', '2024'],
      ['营商环境排名', 80, 'rank', '2019'],
      ['营商环境排名', 52, 'rank', '2024'],
    ])
  })
  it('reads both levels of a change, with the years written before them', () => {
    expect(view('公共财政收入由2019年的8.6亿元增加到2024年的12.4亿元。')).toEqual([
      ['公共财政收入', 8.6, 'amount', '2019'],
      ['公共财政收入', 12.4, 'amount', '2024'],
    ])
    expect(view('人均预期寿命从2020年的77.5岁提高到78.6岁。')).toEqual([
      ['人均预期寿命', 77.5, 'amount', '2020'],
      ['人均预期寿命', 78.6, 'amount', '2024'],
    ])
  })
  it('keeps a subject that a time stands between (`从一季度5.6%降到5.2%`) and never reads a growth', () => {
    expect(view('城镇调查失业率从一季度5.9%降到5.1%，城镇新增就业8万人。')).toEqual([
      ['城镇调查失业率', 5.9, 'share', null],
      ['城镇调查失业率', 5.1, 'share', '2024'],
      ['城镇新增就业', 8, 'count', '2024'],
    ])
  })
  it('dates the start of a five-year change at the year before the span', () => {
    expect(view('五年来，常住人口城镇化率由48.1%提高到55.3%。')).toEqual([
      ['常住人口城镇化率', 48.1, 'share', '2019'],
      ['常住人口城镇化率', 55.3, 'share', '2024'],
    ])
  })
  it('reads places in a ranking as ranks', () => {
    expect(figures('集团在世界500强排名由369位上升到235位。').map((m) => [m.value, m.kind])).toEqual([
      [369, 'rank'],
      [235, 'rank'],
    ])
  })
  it('pairs two lists of levels with a list of subjects', () => {
    expect(view('城市、农村低保标准分别从每人每月700元、500元提高到760元、560元。').map((v) => [v[0], v[1]])).toEqual([
      ['城市低保标准', 700],
      ['农村低保标准', 500],
      ['城市低保标准', 760],
      ['农村低保标准', 560],
    ])
  })
  it('reads a change of place in a ranking as two ranks of the subject', () => {
    expect(lvu('城市竞争力排名由第41位跃升至第28位。')).toEqual([
      ['城市竞争力排名', 41, '位'],
      ['城市竞争力排名', 28, '位'],
    ])
    expect(figures('油料产量从全国第九位上升至第七位。').map((m) => [m.label, m.value, m.kind])).toEqual([
      ['油料产量', 9, 'rank'],
      ['油料产量', 7, 'rank'],
    ])
  })
  it('reads a change whose first level writes its denominator first (从每立方米…下降到…微克)', () => {
    expect(lvu('细颗粒物平均浓度从每立方米46微克下降到33微克。')).toEqual([
      ['细颗粒物平均浓度', 46, '微克/立方米'],
      ['细颗粒物平均浓度', 33, '微克/立方米'],
    ])
  })

  it('reads a change whose first level is a growth (`由上年下降…转为增长…`) as two growths: last year\'s and the year\'s', () => {
    expect(view('全县规上工业企业利润由上年下降4.6%转为增长7.2%，农产品出口由上年的增长2.1%转为下降3.3%。')).toEqual([
      ['规上工业企业利润', -4.6, 'growth', '2023'],
      ['规上工业企业利润', 7.2, 'growth', '2024'],
      ['农产品出口', 2.1, 'growth', '2023'],
      ['农产品出口', -3.3, 'growth', '2024'],
    ])
  })

  it('reads a first growth written signed (`由-3.8%转为增长1.6%`) as the start of a change of growth, with its sign', () => {
    expect(view('带动文旅产业增加值由-3.8%转为增长1.6%。')).toEqual([
      ['文旅产业增加值', -3.8, 'growth', '2023'],
      ['文旅产业增加值', 1.6, 'growth', '2024'],
    ])
  })

  it('reads a narrowing fall (`降幅由一季度的…收窄到…`) as two falls of the indicator, the quarter\'s flagged', () => {
    const ms = figures('全市社会消费品零售总额降幅由一季度的-15.2%收窄到-2.7%，工业用电量累计降幅从上半年6.4%收窄至前三季度的2.9%。')
    expect(ms.map((m) => [m.label, m.value, m.kind, m.period, m.confidence.level])).toEqual([
      ['社会消费品零售总额', -15.2, 'growth', '2024', 'low'],
      ['社会消费品零售总额', -2.7, 'growth', '2024', 'high'],
      ['工业用电量', -6.4, 'growth', '2024', 'low'],
      ['工业用电量', -2.9, 'growth', '2024', 'low'],
    ])
  })

  it('takes the indicator of a narrowing fall that names none from the level before it (`总额9.6亿美元、降幅由…`)', () => {
    expect(view('外贸进出口总额9.6亿美元、降幅由一季度的-11.5%收窄到-0.8%。')).toEqual([
      ['外贸进出口总额', 9.6, 'amount', '2024'],
      ['外贸进出口总额', -11.5, 'growth', '2024'],
      ['外贸进出口总额', -0.8, 'growth', '2024'],
    ])
  })
})
