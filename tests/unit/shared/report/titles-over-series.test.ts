import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const head = ['——2016年1月8日在某市第八届人民代表大会第五次会议上', '', '某市市长 王某', '', '各位代表：', '', '现在，我代表市人民政府，向大会报告工作，请予审议。', '']
const tree = (text: string) => analyzeReportText(text).sections.map((s) => [s.title, s.children.length])
const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.value, m.period])

describe('parts named by lines of their own over numbered series that start again under each', () => {
  it('reads `2015年：…` lines over （一） series as the parts, and dates their figures by them', () => {
    const text = [
      ...head,
      '2015年：迎难而上、稳中有进',
      '',
      '刚刚过去的一年，全市上下攻坚克难。',
      '',
      '（一）稳定工业运行。规模以上工业增加值增长6.8%。',
      '',
      '（二）扩大有效投入。完成固定资产投资820亿元。',
      '',
      '2016年：改革创新、开局起步',
      '',
      '今年工作的总体要求是：稳中求进。',
      '',
      '（一）推动产业升级。新增高新技术企业40家。',
      '',
      '（二）改善民生。城镇新增就业5万人以上。',
    ].join('\n')
    expect(tree(text)).toEqual([
      ['2015年：迎难而上、稳中有进', 2],
      ['2016年：改革创新、开局起步', 2],
    ])
    expect(periods(text)).toEqual([
      ['规模以上工业增加值', 6.8, '2015'],
      ['固定资产投资', 820, '2015'],
      ['新增高新技术企业', 40, '2016 target'],
      ['城镇新增就业', 5, '2016 target'],
    ])
  })

  it('takes slogans with a comma or a dash as titles too (`打赢收官战，…`, `“十二五”——…的五年`)', () => {
    const text = [
      ...head,
      '“十二五”——创新创业的五年',
      '',
      '五年来，全市生产总值年均增长10.2%。',
      '',
      '1、工业强市。新增规模工业企业300家。',
      '',
      '开启新征程，奋力谱写新篇章',
      '',
      '1、推进新型工业化。',
    ].join('\n')
    expect(tree(text).map(([t]) => t)).toEqual(['“十二五”——创新创业的五年', '开启新征程，奋力谱写新篇章'])
  })

  it('reads a line right under a title as its subtitle, not a part of its own', () => {
    const text = [
      ...head,
      '2015年：迎难而上、稳中有进',
      '全力打好经济保卫战',
      '',
      '（一）稳定工业运行。工业增加值增长6.8%。',
      '',
      '2016年：改革创新、开局起步',
      '',
      '（一）推动产业升级。新增高新技术企业40家。',
    ].join('\n')
    expect(tree(text).map(([t]) => t)).toEqual(['2015年：迎难而上、稳中有进', '2016年：改革创新、开局起步'])
  })

  it('leaves a report alone whose series never starts again under such a line', () => {
    const text = [...head, '（一）稳定工业运行。工业增加值增长6.8%。', '', '（二）扩大有效投入。投资增长9%。', '', '需要说明的几个问题', '', '（三）改善民生。就业5万人。'].join('\n')
    expect(tree(text).map(([t]) => t)).toEqual(['稳定工业运行', '扩大有效投入', '改善民生'])
  })
})
