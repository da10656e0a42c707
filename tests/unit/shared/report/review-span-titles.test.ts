import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { titlePeriod } from '../../../../src-shared/report/period'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.value, m.period])

describe('a review titled by its number of years covers those years', () => {
  it('reads 五年工作回顾, 五年工作的回顾 and 五年政府工作回顾 as the five years up to the review year', () => {
    for (const title of ['五年工作回顾', '五年工作的回顾', '五年政府工作回顾', '三年来的工作回顾']) {
      expect(titlePeriod(title, 1, 2018)).toBe(title.startsWith('三') ? '2015-2017' : '2013-2017')
    }
  })

  it('leaves plans and other titles alone', () => {
    expect(titlePeriod('五年工作目标和任务', 1, 2018)).not.toBe('2013-2017')
    expect(titlePeriod('工作回顾', 1, 2018)).toBe('2017')
  })

  it('dates the figures of such a part as the five years, and its from-to pairs at both ends', () => {
    const text = [
      '政府工作报告',
      '——2018年1月20日在某省第十三届人民代表大会第一次会议上',
      '',
      '一、五年工作的回顾',
      '',
      '本届政府任期即将结束。全省生产总值由2100亿元提高到3400亿元，累计完成固定资产投资9000亿元，改造农村危房20万户。',
      '',
      '二、2018年工作安排',
      '',
      '全省生产总值增长7.5%左右。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', 2100, '2012'],
      ['生产总值', 3400, '2017'],
      ['固定资产投资', 9000, '2013-2017'],
      ['改造农村危房', 20, '2013-2017'],
      ['生产总值', 7.5, '2018 target'],
    ])
  })
})
