import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const ranks = (sentence: string) =>
  figures(sentence)
    .filter((m) => m.kind === 'rank')
    .map((m) => `${m.label}=${m.value}/${m.confidence.level}`)

describe('rule: a rank written after a list of measures, without 均', () => {
  it('ranks each measure of the list, flagged, since whose measures they are the clause does not say', () => {
    expect(ranks('棉花总产量、收购量、外调量稳居全国第一。')).toEqual(['棉花总产量=1/low', '收购量=1/low', '外调量=1/low'])
    expect(ranks('跨境电商交易额、包裹量全省第二。')).toEqual(['跨境电商交易额=2/low', '包裹量=2/low'])
  })
  it('keeps each measure whole, sharing nothing of the last', () => {
    expect(ranks('集中式饮用水源达标率、污水集中处理率、近岸海域优良率居全省第一。')).toEqual([
      '集中式饮用水源达标率=1/low',
      '污水集中处理率=1/low',
      '近岸海域优良率=1/low',
    ])
  })
  it('gives each item the measure of another ending that closes the list (增速)', () => {
    expect(ranks('批发额、零售额增速居全省第二。')).toEqual(['批发额增速=2/low', '零售额增速=2/low'])
  })
  it('flags a list ranked whole when its items are not all measures', () => {
    expect(ranks('门诊、住院满意度测评居全省第一。')).toEqual(['门诊、住院满意度测评=1/low'])
    expect(ranks('工业总产值、税收收入、贷款余额三项指标增速位居全省第二。')).toEqual(['工业总产值、税收收入、贷款余额三项指标增速=2/low'])
  })
  it('still ranks each item with 均 as before, without a flag', () => {
    expect(ranks('工业增加值、服务业增加值均居全省第三。')).toEqual(['工业增加值=3/high', '服务业增加值=3/high'])
  })
})
