import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'
import { figures, lvu } from '../figures'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.value, m.period])
const head = '2021年某某县政府工作报告\n一、“十三五”时期和2020年工作回顾\n'

describe('rule: comparison-base', () => {
  it('reads a time compared with (比五年前, 比条例实施前) out of the label, and 较前 alone as no label of its own', () => {
    expect(lvu('农村居民收入比五年前增长51%。')[0]?.[0]).toBe('农村居民收入')
    expect(lvu('快递业务量比新规实施前增长3.4倍。')[0]?.[0]).toBe('快递业务量')
    expect(lvu('实际到位资金520亿元，较前三年增长18%。').map((f) => f[0])).toEqual(['实际到位资金', '实际到位资金'])
  })
  it('reads the field a measure is ranked in (在…中), closing the label, out of it, but keeps it after a place', () => {
    expect(lvu('县域经济总量在全省67个县中从第12位跃居第7位。').map((f) => f[0])).toEqual(['县域经济总量', '县域经济总量'])
    // (南宁 alone would not say what is ranked.)
    expect(lvu('南宁在全国营商环境评价中排名第9。')[0]?.[0]).toMatch(/营商环境/)
  })
  it('dates a change against a base year over the years after it, and the average that follows', () => {
    expect(periods(`${head}五年来，城镇居民人均可支配收入达到36200元，比2015年增加11800元，年均增长8.2%。`)).toEqual([
      [36200, '2016-2020'],
      [11800, '2016-2020'],
      [8.2, '2016-2020'],
    ])
  })
  it('gives a change written with nothing but its base the level before it, a vague name flagged', () => {
    // (With its crop written before it, the output is the crop's: 棉花生产…，总产… → 棉花总产, rules/owner-back.ts.)
    expect(figures('棉花生产稳中有进，总产达到86万吨，比上年增加4万吨。').map((m) => m.label)).toEqual(['棉花总产', '棉花总产'])
    const all = figures('生产稳中有进，总产达到86万吨，比上年增加4万吨。')
    expect(all.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['总产', 86, '万吨'],
      ['总产', 4, '万吨'],
    ])
    expect(all[1]?.confidence.reasons).toContain('label-vague')
  })
  it('dates a multiple of a base year\'s level (为2015年的1.5倍) over the years after it', () => {
    expect(periods(`${head}五年来，全县财政收入、城乡居民收入分别为2015年的1.5倍、1.6倍。`)).toEqual([
      [1.5, '2016-2020'],
      [1.6, '2016-2020'],
    ])
  })
  it('dates a change against a base year in a review of one year to that year, as every label file does', () => {
    const [m] = figures('农业投入比2019年增长38%。')
    expect([m?.period, m?.confidence.reasons]).toEqual(['2024', []])
  })
  it('keeps the span of its part when the base lies before it (`“十三五”时期…比2010年翻一番`)', () => {
    expect(periods(`${head}“十三五”时期，地区生产总值比2010年翻一番，城乡居民人均可支配收入年均增长7.5%和9%。`)).toEqual([
      [2, '2016-2020'],
      [7.5, '2016-2020'],
      [9, '2016-2020'],
    ])
  })
  it('dates a change over N years (5年增长6倍) over the N years up to the one reviewed', () => {
    expect(periods(`${head}2020年，科技型企业贷款余额超过800亿元，4年增长3倍。`)).toEqual([
      [800, '2020'],
      [3, '2017-2020'],
    ])
  })
  it('dates a doubling over N years (三年翻一番, 两年翻了一番) over the N years up to the one reviewed', () => {
    expect(periods(`${head}2020年，科技型企业达到3200家、三年翻一番，绿色贷款余额两年翻了一番。`).map((p) => p[1])).toEqual(['2020', '2018-2020', '2019-2020'])
  })
  it('dates a doubling among the plan year\'s goals over the N years from it on (力争五年翻一番)', () => {
    const text = '2021年某某县政府工作报告\n一、2020年工作回顾\n略。\n二、2021年工作安排\n力争数字经济增加值三年翻一番。'
    expect(periods(text)).toEqual([[2, '2021-2023 target']])
  })
  it('dates a change against some years before over those years, and gives it the subject of the sentence', () => {
    expect(figures('澳资企业超6600户、较3年前增长44%。').map((m) => [m.label, m.value, m.period])).toEqual([
      ['澳资企业', 6600, '2024'],
      ['澳资企业', 44, '2022-2024'],
    ])
  })
  it('dates a level at the end of a plan, and the level it is compared with at the end of the change', () => {
    expect(periods(`${head}地区生产总值达到360亿元，较“十二五”末的240亿元增加120亿元。`)).toEqual([
      [360, '2020'],
      [240, '2015'],
      [120, '2020'],
    ])
  })
  it('dates an average over the last N years (两年平均增长) over those years, as a yearly average, and its gap too', () => {
    const all = figures('全县生产总值增长7.6%，两年平均增长5.2%，高于全省平均水平0.4个百分点。安全事故起数较前两年平均数下降15%。')
    expect(all.map((m) => [m.label, m.value, m.period, m.qualifier])).toEqual([
      ['生产总值', 7.6, '2024', null],
      ['生产总值', 5.2, '2023-2024', '年均'],
      ['生产总值', 0.4, '2023-2024', null],
      [expect.any(String), -15, '2024', null],
    ])
  })
  it('gives a change against the end of a plan (比“十三五”末净增) the things of the level before it, not its base as a label', () => {
    expect(lvu('全市规模以上服务业企业达到612家，比“十三五”末净增208家。')).toEqual([
      ['规模以上服务业企业', 612, '家'],
      ['规模以上服务业企业净增', 208, '家'],
    ])
    expect(lvu('市场主体总数达到30万户，比“十三五”末净增9万户。')[1]).toEqual(['市场主体净增', 9, '万户'])
    expect(lvu('高新技术企业达到1350家，较十三五末增加700家。').map((f) => f[0])).toEqual(['高新技术企业', '高新技术企业'])
  })
})
