import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

// A report pasted without its title and speaker line: its year comes from its top headings.
const untitled = (planHeading: string) =>
  '各位代表：\n\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n\n一、攻坚克难，经济社会发展开局良好\n\n' +
  '2017年是实施“十三五”规划的重要一年。全省生产总值增长8.1%。\n\n' +
  `二、${planHeading}\n\n全省生产总值增长7.5%左右。\n\n三、努力建设人民满意的服务型政府\n\n我们将加强政府自身建设。\n`

describe('a top heading `做好2018年…工作` plans that year', () => {
  it.each(['抢抓机遇，全力做好2018年各项工作', '扎实做好2018年工作', '凝心聚力，奋力做好2018年经济社会发展工作'])('%s: the report is of 2018', (heading) => {
    const r = analyzeReportText(untitled(heading))
    expect(r.year).toBe(2018)
    const figures = r.metrics.map((m) => `${m.value}${m.unit}@${m.period}`)
    expect(figures).toEqual(['8.1%@2017', '7.5%@2018 target'])
  })
})

describe('a review titled for a plan that opened well (`“十三五”经济社会发展开局良好`)', () => {
  it('is of the plan’s first year, not its five', () => {
    const text =
      '——2017年1月10日在某省第十二届人民代表大会第五次会议上\n\n各位代表：\n\n一、攻坚克难，“十三五”经济社会发展开局良好\n\n' +
      '全省生产总值增长7.9%，城镇新增就业52万人。\n\n二、扎实做好2017年工作\n\n全省生产总值增长7.5%左右。\n'
    const r = analyzeReportText(text)
    expect(r.year).toBe(2017)
    expect(r.metrics.map((m) => `${m.value}${m.unit}@${m.period}`)).toEqual(['7.9%@2016', '52万人@2016', '7.5%@2017 target'])
  })
})
