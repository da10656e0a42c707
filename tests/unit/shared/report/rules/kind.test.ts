import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const kinds = (body: string) => figures(body).map((m) => [m.kind, m.value])

describe('rule: kind', () => {
  it('tells growth, share, change, amount and count apart', () => {
    expect(kinds('财政收入增长4.1%，城镇化率达到61.2%，提高1.3个百分点，工业投资完成45.6亿元，新增企业1200家。')).toEqual([
      ['growth', 4.1],
      ['share', 61.2],
      ['change', 1.3],
      ['amount', 45.6],
      ['count', 1200],
    ])
  })
  it('makes a fall negative, but not a level reached', () => {
    expect(kinds('单位能耗下降3.2%，贫困人口减少1.5万人，物流成本下降至14.5%。')).toEqual([
      ['growth', -3.2],
      ['count', -1.5],
      ['share', 14.5],
    ])
  })
  it('reads a growth target and a price rise as growth, and a multiple as growth', () => {
    expect(kinds('经济增长预期目标为5.5%左右。居民消费价格涨幅3%左右。跨境电商交易额增长3.5倍。')).toEqual([
      ['growth', 5.5],
      ['growth', 3],
      ['growth', 3.5],
    ])
  })
  it('an unemployment rate or a deficit ratio is a share, and a ratio written X:1 too', () => {
    expect(kinds('城镇调查失业率5.2%。赤字率拟按3%安排。城乡居民收入比缩小至2.1:1。')).toEqual([
      ['share', 5.2],
      ['share', 3],
      ['share', 2.1],
    ])
  })
  it('reads the % of a price index as a rise, though 指数 ends its label', () => {
    expect(kinds('居民消费价格指数控制在2.5%以内，居民消费价格总水平上涨1.8%，城镇登记失业率控制在3%以内。')).toEqual([
      ['growth', 2.5],
      ['growth', 1.8],
      ['share', 3],
    ])
  })
  it('reads a price total index as a rise, and the breadth of growth (增长面) as a share', () => {
    expect(kinds('居民消费价格总指数控制在2.6%。规上工业行业增长面达到85%以上，企业盈利面保持在70%。')).toEqual([
      ['growth', 2.6],
      ['share', 85],
      ['share', 70],
    ])
  })
  it('reads a bare 亿 before a fund, a bond or a loan as money, and the days a service takes as an amount of time', () => {
    expect(figures('设立20亿乡村振兴基金，发行80亿城市更新债券，投放15亿创业担保贷款，项目审批时间压减至20天，优良天数增加12天。').map((m) => [m.label, m.kind, m.value])).toEqual([
      ['乡村振兴基金', 'amount', 20],
      ['城市更新债券', 'amount', 80],
      ['创业担保贷款', 'amount', 15],
      ['项目审批时间', 'amount', 20],
      ['优良天数', 'count', 12],
    ])
  })
  it('keeps the amount a verb before its object cuts positive, with the verb in the label', () => {
    expect(figures('化解过剩水泥产能120万吨，降低企业用能成本3.6亿元，单位能耗下降3%，困难人口减少2万人。').map((m) => [m.label, m.kind, m.value])).toEqual([
      ['化解过剩水泥产能', 'amount', 120],
      ['降低企业用能成本', 'amount', 3.6],
      ['单位能耗', 'growth', -3],
      ['困难人口', 'count', -2],
    ])
  })
  it('keeps 增加 leading the count it adds in the label, but not before an amount nor when it follows the thing', () => {
    expect(figures('增加托位3200个，增加医保定点药店45家，增加专项资金2亿元，公交线路增加12条。').map((m) => [m.label, m.kind, m.value])).toEqual([
      ['增加托位', 'count', 3200],
      ['增加医保定点药店', 'count', 45],
      ['专项资金', 'amount', 2],
      ['公交线路', 'count', 12],
    ])
  })
  it('reads a rise of life expectancy in years as a change of it, and the level it reaches as an amount', () => {
    const kinds = (text: string) => figures(text).map((m) => [m.label, m.kind, m.value])
    expect(kinds('全市人均预期寿命比上年提高0.5岁。')).toEqual([['人均预期寿命', 'change', 0.5]])
    expect(kinds('人均预期寿命提高到80.2岁。')).toEqual([['人均预期寿命', 'amount', 80.2]])
    // The same for a level counted in years (年限): a rise of it is a change, the level reached an amount.
    expect(kinds('新增劳动力平均受教育年限比上年提高0.2年。')).toEqual([['新增劳动力平均受教育年限', 'change', 0.2]])
    expect(kinds('新增劳动力平均受教育年限提高到13.5年。')).toEqual([['新增劳动力平均受教育年限', 'amount', 13.5]])
  })
  it('reads a % figure as a growth when the growth is named right after it (保持15%以上增长)', () => {
    const kinds = (text: string) => figures(text).map((m) => [m.label, m.kind, m.value, m.qualifier])
    expect(kinds('普惠小微贷款连续20个月保持25%以上增长。')).toEqual([['普惠小微贷款', 'growth', 25, '以上']])
    expect(kinds('农民收入实现9%左右的较快增长。')).toEqual([['农民收入', 'growth', 9, '左右']])
    // A share with other words after it stays a share.
    expect(kinds('绿化覆盖率保持45%以上，增长势头良好。')).toEqual([['绿化覆盖率', 'share', 45, '以上']])
    // A from-to (增长到) reaches levels, and a share named as such stays one.
    expect(kinds('科技贡献率由2018年的40%增长到52%。').map((k) => k[1])).toEqual(['share', 'share'])
  })
})
