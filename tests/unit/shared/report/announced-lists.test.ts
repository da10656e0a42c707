import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const head = ['——2021年1月12日在某市第九届人民代表大会第五次会议上', '', '各位代表：', '']
const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.value, m.period])

describe('goals announced by a time and a colon, over the paragraphs of their list', () => {
  it('dates every paragraph of a list of indicators introduced by `2021年主要经济指标预期目标为：` in a part titled by a slogan', () => {
    const text = [
      ...head,
      '一、凝心聚力谱写新篇章',
      '',
      '2021年主要经济指标预期目标为：',
      '',
      '创新发展指标。研发经费投入增长20%左右。',
      '',
      '绿色发展指标。空气质量优良率达到85%。',
      '',
      '共享发展指标。城镇新增就业3万人。',
    ].join('\n')
    expect(periods(text)).toEqual([
      [20, '2021 target'],
      [85, '2021 target'],
      [3, '2021 target'],
    ])
  })

  it('dates the goals announced after the years ahead they are of (`“十四五”时期…主要目标为：`) as those years', () => {
    const text = [
      ...head,
      '一、2020年工作回顾',
      '',
      '全市生产总值增长4%。',
      '',
      '二、“十四五”规划和2035年远景目标',
      '',
      '“十四五”时期全市经济社会发展主要目标为：',
      '',
      '——经济实力大幅提升。地区生产总值总量达到1600亿元。',
      '',
      '——产业升级取得成果。高新技术产业产值占比达到40%。',
      '',
      '三、2021年工作安排',
      '',
      '今年全市经济社会发展主要预期目标是：地区生产总值增长8%左右。',
    ].join('\n')
    expect(periods(text)).toEqual([
      [4, '2020'],
      [1600, '2021-2025 target'],
      [40, '2021-2025 target'],
      [8, '2021 target'],
    ])
  })
})
