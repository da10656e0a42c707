import { describe, expect, it } from 'vitest'
import { datedToPartOfYear } from '../../../../src-shared/report/part-of-year'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import { reviewOf2020 as review } from './figures'

/** Is the figure written as `value` in the sentence dated to a part of the year? */
const partOfYear = (sentence: string, value: string) => {
  const norm = normalizeForAnalysis(sentence)
  return datedToPartOfYear(norm, norm.indexOf(value))
}

describe('a figure of a part of the year', () => {
  it.each([
    ['前三季度，全县生产总值增长4.4%，全年有望好于预期。', '4.4%'],
    ['1—10月，规模以上工业增加值增长6.1%，固定资产投资增长9.3%。', '9.3%'],
    ['一季度受疫情冲击，全县生产总值下降6.8%。', '6.8%'],
    ['全县生产总值一季度下降6.8%，全年增长2.6%。', '6.8%'],
    ['2020年上半年，社会消费品零售总额下降9%。', '9%'],
    // Whose part it is, or which year's, opening the clause before the part.
    ['外需收缩，经营承压；我省一季度地区生产总值下降4.1%，固定资产投资下降6%。', '6%'],
    ['今年上半年，工业产值比去年同期增长12%。', '12%'],
    // What the speech faced in that part, opening the clause.
    ['面对一季度全市生产总值大幅下降6.7%的冲击，我们迎难而上。', '6.7%'],
  ])('is dated to that part: %s', (sentence, value) => {
    expect(partOfYear(sentence, value)).toBe(true)
  })

  it.each([
    ['全县生产总值一季度下降6.8%，全年增长2.6%。', '2.6%'],
    ['开展“决战四季度”攻坚行动，预计全年地区生产总值增长3%。', '3%'],
    ['1—12月，全县规上工业增加值增长5.2%。', '5.2%'],
    ['连续36个月保持增长，全县生产总值增长6%。', '6%'],
    ['二季度由负转正、全年增长4.2%，规模以上工业增加值增长8.5%。', '8.5%'],
  ])('is the year’s when the sentence turns back to it or names no part: %s', (sentence, value) => {
    expect(partOfYear(sentence, value)).toBe(false)
  })

  it('is read from a quarter heading a long sentence of many indicators, to its last figure', () => {
    const items = ['地区生产总值', '财政总收入', '地方一般公共预算收入', '规上工业增加值', '固定资产投资', '社会消费品零售总额', '进出口总额', '实际利用外资']
    const sentence = `一季度，${items.map((item, k) => `全市${item}增速${k + 1}.5%，高于全省${k + 1}.2个百分点，排全省第${k + 1}位`).join('；')}。`
    expect(sentence.length).toBeGreaterThan(250)
    expect(partOfYear(sentence, '8.5%')).toBe(true)
    expect(partOfYear(sentence, '8.2个百分点')).toBe(true)
  })

  it('is flagged 待核对, so a quarter’s growth never reaches a slide as the year’s', () => {
    const text =
      '某县2021年政府工作报告\n——2021年1月8日在某县第十届人民代表大会第五次会议上\n\n一、2020年工作回顾\n\n' +
      '第一季度，全县生产总值下降6.8%。全年实现生产总值215亿元，增长2.6%。\n'
    const got = analyzeReportText(text).metrics.map((m) => `${m.value}${m.unit}@${m.period}/${m.confidence.level}`)
    expect(got).toEqual(['-6.8%@2020/low', '215亿元@2020/high', '2.6%@2020/high'])
  })
})

describe('a part of the year inside a sentence', () => {
  it('dates its own clauses only, up to the next semicolon', () => {
    const sentence = '质量效益提升，规上工业企业利润1—11月增长28.5%；一般公共预算收入增长7.6%。'
    expect(partOfYear(sentence, '28.5%')).toBe(true)
    expect(partOfYear(sentence, '7.6%')).toBe(false)
  })

  it('dates the whole sentence when it opens it', () => {
    expect(partOfYear('前三季度，全县生产总值增长4.4%；规模以上工业增加值增长6%。', '6%')).toBe(true)
  })
})

describe('the whole year after its parts (`一季度下降…，二季度…，预计全年增长…`)', () => {
  it('gives the year’s change to the sentence’s subject, surely, and flags the quarter’s', () => {
    expect(review('全市地区生产总值一季度下降6.1%，二季度由负转正并逐季回升，预计全年增长3.2%左右；固定资产投资增长4%。')).toEqual([
      '地区生产总值=-6.1%@2020/low',
      '地区生产总值=3.2%@2020/high',
      '固定资产投资=4%@2020/high',
    ])
  })

  it('takes the quarter and what hit it out of the subject (`一季度受疫情冲击影响下降…`)', () => {
    expect(review('全市地区生产总值一季度受疫情冲击影响下降9.3%，预计全年增长2.8%。')).toEqual([
      '地区生产总值=-9.3%@2020/low',
      '地区生产总值=2.8%@2020/high',
    ])
  })
})
