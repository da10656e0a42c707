import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

describe('lead sentences before the first （一） of a part are its opening points, not subsections', () => {
  it('keeps ——我们… summary leads before （一） headings as paragraphs of the part', () => {
    const text = [
      '——2024年1月10日在某市人民代表大会上',
      '',
      '各位代表：',
      '',
      '一、2023年工作回顾',
      '',
      '过去一年，我们迎难而上，主要做了以下几个方面：',
      '',
      '——我们聚焦构建经济新循环，在推动高质量发展上展现更大作为。',
      '',
      '——我们坚持生态优先，在推动绿色发展上实现更大进展。',
      '',
      '——我们坚持重实效抓落实，在全面从严治党上取得更大成效。',
      '',
      '一年来，我们主要抓了以下工作：',
      '',
      '（一）强化顶层设计，经济运行回升向好。全市生产总值增长4.1%。',
      '',
      '（二）增进民生福祉，人民生活持续改善。城镇新增就业5.2万人。',
      '',
      '二、2024年工作安排',
      '',
      '全市生产总值增长5.5%左右。',
    ].join('\n')
    const a = analyzeReportText(text)
    expect(a.sections.map((s) => [s.title, s.children.map((c) => c.title)])).toEqual([
      ['2023年工作回顾', ['强化顶层设计，经济运行回升向好', '增进民生福祉，人民生活持续改善']],
      ['2024年工作安排', []],
    ])
  })
})
