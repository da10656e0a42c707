import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** A report given on `date`, its review of 2021 holding `review`, its plan of 2022 holding `plan`. */
const report = (date: string, review: string[], plan = ['城镇新增就业3万人以上。']) =>
  [`——${date}在某市第九届人民代表大会第二次会议上`, '', '各位代表：', '', '一、2021年工作回顾', '', ...review, '', '二、2022年工作安排', '', ...plan].join('\n')
const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.value, m.period])

describe('a paragraph of the review opening on the first weeks of the year the speech is given in', () => {
  it('dates 新年伊始 after an address to that year, as facts, until the speech turns again', () => {
    const text = report('2022年5月9日', [
      '全年地区生产总值增长7.5%。',
      '各位代表！新年伊始，一场突如其来的洪灾袭击我市。我们紧急转移群众2.3万人，全市新签约项目86个。',
      '各位代表！过去一年的成绩来之不易。',
    ])
    expect(periods(text)).toEqual([
      ['地区生产总值', 7.5, '2021'],
      ['紧急转移群众', 2.3, '2022'],
      ['新签约项目', 86, '2022'],
      ['城镇新增就业', 3, '2022 target'],
    ])
  })

  it('reads 年初以来 and 开年以来 at a paragraph head the same way', () => {
    for (const opening of ['年初以来', '开年以来', '新春伊始']) {
      const text = report('2022年4月20日', [`${opening}，全市新签约项目86个。`])
      expect(periods(text)[0]).toEqual(['新签约项目', 86, '2022'])
    }
  })

  it('dates them to the year reviewed in a report given in December, before the year it plans', () => {
    const text = report('2021年12月20日', ['年初以来，全市新签约项目86个。'])
    expect(analyzeReportText(text).year).toBe(2022)
    expect(periods(text)[0]).toEqual(['新签约项目', 86, '2021'])
  })

  it('leaves them inside a paragraph to the year it speaks of', () => {
    const text = report('2022年1月15日', ['刚刚过去的一年，是极不平凡的一年。年初以来，面对疫情冲击，全市新签约项目86个。', '全市粮食产量12万吨。'])
    expect(periods(text).slice(0, 2)).toEqual([
      ['新签约项目', 86, '2021'],
      ['粮食产量', 12, '2021'],
    ])
  })

  it('leaves a year written before 年初 to the year it names', () => {
    const text = report('2022年5月9日', ['2021年初以来，全市新签约项目86个。'])
    expect(periods(text)[0]).toEqual(['新签约项目', 86, '2021'])
  })
})

describe('作为 before what a subject is taken as', () => {
  it('is no part of the label of the figure that describes it', () => {
    const text = report('2022年5月9日', ['年初以来，疫情突如其来，作为常住人口超过900万、流动人口超过300万的特大城市，我市经受了考验。'])
    expect(periods(text)[0]).toEqual(['常住人口', 900, '2022'])
  })
})
