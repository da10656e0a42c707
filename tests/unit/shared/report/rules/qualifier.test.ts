import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const q = (body: string) => figures(body).map((m) => [m.qualifier, m.average ?? false])

describe('rule: qualifier', () => {
  it('reads words before and after the number, nearest first', () => {
    expect(q('粮食产量稳定在300万吨以上。')).toEqual([['以上', false]])
    expect(q('城镇调查失业率控制在5.5%以内。')).toEqual([['以内', false]])
    expect(q('城镇调查失业率控制在5.5%左右。')).toEqual([['左右', false]])
    expect(q('城镇登记失业率控制在3.6%。')).toEqual([['控制在', false]])
    expect(q('园区产值超过120亿元。')).toEqual([['超过', false]])
    // 签约 is signed, not about: no 约 bound.
    expect(q('招商推介会现场签约86亿元。')).toEqual([[null, false]])
    // 破 alone is 突破, and no part of the label.
    expect(figures('户籍人口破50万。').map((m) => [m.label, m.qualifier])).toEqual([['户籍人口', '突破']])
    expect(q('调查失业率在5.2%以下。')).toEqual([['以下', false]])
    expect(q('新增就业近3万人。')).toEqual([['近', false]])
    expect(q('培训农民工1000多人。')).toEqual([['多', false]])
    expect(q('播种面积不少于500万亩。')).toEqual([['不少于', false]])
    expect(q('优良天数比例不低于88%。')).toEqual([['不低于', false]])
    expect(q('能耗增幅不超过2%。')).toEqual([['不超过', false]])
    expect(q('贷款增速要高于35%。')).toEqual([['超过', false]])
  })
  it('reads a level crossed (跨越) as 突破, over a list of levels too', () => {
    expect(figures('全县地区生产总值跨越500亿元。').map((m) => m.qualifier)).toEqual(['突破'])
    expect(figures('一般公共预算收入连续跨越50亿元、60亿元两个台阶。').map((m) => m.qualifier)).toEqual(['突破', '突破'])
    expect(figures('税收收入、非税收入分别跨越百亿元、十亿元大关。').map((m) => m.qualifier)).toEqual(['突破', '突破'])
  })
  it('gives 年均 when nothing else bounds the figure, else marks it average', () => {
    expect(q('工业投资年均增长9.4%。')).toEqual([['年均', false]])
    expect(q('地区生产总值年均增长6%以上。')).toEqual([['以上', true]])
    expect(q('年均新增城镇就业30万人。')).toEqual([['年均', false]])
  })
})

describe('rule: qualifier (内 after a time cut to)', () => {
  it('reads 内 after hours or days a time was cut to as 以内, and no figure in hours that only say when', () => {
    expect(figures('企业开办时间提速至3小时内。').map((m) => [m.label, m.value, m.qualifier])).toEqual([['企业开办时间', 3, '以内']])
    expect(figures('48小时内完成核酸检测。')).toEqual([])
  })
})
