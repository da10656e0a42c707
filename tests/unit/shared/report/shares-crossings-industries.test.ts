import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.kind, m.qualifier])

describe('one share in each whole listed after 占', () => {
  it('pairs the wholes with the values, the thing named in the clause', () => {
    expect(view('茶叶出口额占全省、全国的比重分别为62%和3.5%。')).toEqual([
      ['茶叶出口额占全省比重', 62, '%', 'share', null],
      ['茶叶出口额占全国比重', 3.5, '%', 'share', null],
    ])
  })

  it('takes the thing from the sentence when the clause has none, and the clauses after it stay about the thing', () => {
    const got = figures('全年油料产量达到36万吨，占全省、全国12.4%和0.8%，比上年增产1.2万吨。')
    expect(got.map((m) => [m.label, m.value])).toEqual([
      ['油料产量', 36],
      ['油料产量占全省比重', 12.4],
      ['油料产量占全国比重', 0.8],
      ['油料产量', 1.2],
    ])
    // The pairing is written out: nothing for a person to check.
    expect(got.slice(1, 3).some(needsCheck)).toBe(false)
  })

  it('leaves a share of one whole as it was', () => {
    expect(view('油料产量占全国的比重为0.8%。')).toEqual([['油料产量占全国比重', 0.8, '%', 'share', null]])
  })
})

describe('a share written with 占到 is named with 占', () => {
  it('drops the 到 of the verb from the share of the sentence’s subject', () => {
    expect(view('先进制造业产值增长11%，占到全部工业比重的48%。').map((f) => f[0])).toEqual(['先进制造业产值', '先进制造业产值占全部工业比重'])
  })
})

describe('a gap to a goal, 优于 or 好于', () => {
  it('is a change of the rate before it, the goal no part of the label', () => {
    expect(view('地表水优良水体比例优于目标12个百分点。')).toEqual([['地表水优良水体比例', 12, '个百分点', 'change', null]])
    expect(view('空气质量优良天数比例好于省定目标3个百分点。')).toEqual([['空气质量优良天数比例', 3, '个百分点', 'change', null]])
  })

  it('reads no figure in the size of a group whose average is compared with, and gives the gap to the figure before', () => {
    expect(view('城镇居民人均可支配收入增长8%，高于全国30个民族自治州平均水平。').map((f) => f[1])).toEqual([8])
    expect(view('房价涨幅低于全国70个大中城市平均水平4.2个百分点。')).toEqual([['房价涨幅', -4.2, '个百分点', 'change', null]])
  })

  it('keeps a class of water quality written with 好于 inside the name', () => {
    expect(view('国考断面好于Ⅲ类水体比例优于国家考核目标9.5个百分点。').map((f) => f[0])).toEqual(['国考断面好于Ⅲ类水体比例'])
  })
})

describe('过 right before a figure crosses it', () => {
  it('bounds the figure as 超过 and is no part of the label, also after a streak', () => {
    expect(view('技改投资过百亿元。')).toEqual([['技改投资', 100, '亿元', 'amount', '超过']])
    expect(view('交通基础设施投资连续三年过百亿元。')).toEqual([['交通基础设施投资', 100, '亿元', 'amount', '超过']])
  })

  it('leaves 迈过 a verb of reaching a level', () => {
    expect(view('财政总收入先后迈过300亿元。')).toEqual([['财政总收入', 300, '亿元', 'amount', null]])
  })

  it('leaves a count of things past a threshold for a person to name when only the threshold is written', () => {
    const got = figures('预计10个县（市）区和高新区，生产总值过200亿元的3个、财政收入过10亿元的2个。').filter((m) => m.value !== 10)
    expect(got.map((m) => [m.value, m.unit])).toEqual([[3, '个'], [2, '个']])
    expect(got.every(needsCheck)).toBe(true)
  })
})

describe('a bare output measure after a sentence opens on an industry', () => {
  it('is that industry’s output, the deeds before the industry dropped', () => {
    expect(figures('钛材料产业保持快速增长，实现产值320亿元。').map((m) => [m.label, m.value])).toEqual([['钛材料产业产值', 320]])
    expect(figures('加快发展氟化工产业，年内产值达到50亿元。').map((m) => m.label)).toEqual(['氟化工产业产值'])
  })

  it('still names a park or cluster opening the sentence', () => {
    expect(figures('提升柑桔产业集群，力争产值达150亿元。').map((m) => m.label)).toEqual(['柑桔产业集群产值'])
  })
})

describe('a quality raised over an area', () => {
  it('is the work done, named with its verb: a quality alone is no amount of 亩', () => {
    expect(figures('完成森林质量精准提升4万亩，耕地质量提升5万亩。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['森林质量精准提升', 4, '万亩'],
      ['耕地质量提升', 5, '万亩'],
    ])
  })
  it('leaves a level raised to, and a rate raised by, as they were', () => {
    expect(figures('城市绿地面积提高120公顷，空气质量优良天数比例提高3个百分点。').map((m) => m.label)).toEqual(['城市绿地面积', '空气质量优良天数比例'])
  })
})
