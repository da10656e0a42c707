import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const head = ['政府工作报告', '', '某市市长 张某', '', '各位代表：', '', '现在，我代表市人民政府，向大会报告工作，请予审议。', '']

describe('unnumbered parts named for a time over numbered ones: achievements and plain work', () => {
  it('reads `2019年政府工作` as the plan part after `2018年工作回顾`, not as text of the review', () => {
    const text = [
      ...head,
      '2018年工作回顾',
      '',
      '过去一年，全市生产总值增长7.1%。',
      '',
      '2019年政府工作',
      '',
      '全市生产总值增长7%左右。重点抓好以下工作：',
      '',
      '一、推动工业转型升级',
      '',
      '新增规模以上工业企业50家。',
      '',
      '二、扩大有效投资',
      '',
      '实施重点项目300个。',
    ].join('\n')
    const a = analyzeReportText(text)
    expect(a.sections.map((s) => [s.title, s.children.length])).toEqual([
      ['2018年工作回顾', 0],
      ['2019年政府工作', 2],
    ])
    expect(a.metrics.map((m) => [m.value, m.period])).toEqual([
      [7.1, '2018'],
      [7, '2019 target'],
      [50, '2019 target'],
      [300, '2019 target'],
    ])
  })

  it('reads `“十三五”发展成就及2020年主要工作` as the review part before the plan', () => {
    const text = [
      ...head,
      '“十三五”发展成就及2020年主要工作',
      '',
      '五年来，全市生产总值年均增长6.5%。2020年，全市生产总值增长2.1%。',
      '',
      '“十四五”主要目标及2021年工作安排',
      '',
      '一、稳定经济增长',
      '',
      '全市生产总值增长6%以上。',
      '',
      '二、改善民生',
      '',
      '城镇新增就业3万人。',
    ].join('\n')
    const a = analyzeReportText(text)
    expect(a.sections.map((s) => s.title)).toEqual(['“十三五”发展成就及2020年主要工作', '“十四五”主要目标及2021年工作安排'])
    expect(a.metrics.map((m) => [m.value, m.period])).toEqual([
      [6.5, '2016-2020'],
      [2.1, '2020'],
      [6, '2021 target'],
      [3, '2021 target'],
    ])
  })
})
