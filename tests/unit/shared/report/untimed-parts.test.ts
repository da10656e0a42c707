import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.value, m.period, m.confidence.level])

const report = (...parts: string[]) =>
  ['政府工作报告', '——2019年1月10日在某市第五届人民代表大会第三次会议上', '', '各位代表：', '', '现在，我代表市人民政府，向大会报告工作，请予审议。', '', ...parts].join('\n')

describe('a part whose title names no time is dated by its opening paragraphs, subsections included', () => {
  it('dates the （一） subsections of a review titled by a slogan by the year its first paragraph names', () => {
    const text = report(
      '一、发展态势稳中向好',
      '',
      '刚刚过去的2018年，面对复杂形势，全市上下迎难而上。',
      '',
      '一年来的工作主要体现在以下方面：',
      '',
      '（一）产业结构持续优化。新增规模以上工业企业35家，高新技术企业达到210家。',
      '',
      '（二）民生保障不断加强。城镇新增就业4.2万人。',
      '',
      '二、奋力开创发展新局面',
      '',
      '2019年是新中国成立70周年，做好今年工作意义重大。',
      '',
      '（一）扩大有效投资。新开工重点项目120个。',
    )
    expect(periods(text)).toEqual([
      ['新增规模以上工业企业', 35, '2018', 'high'],
      ['高新技术企业', 210, '2018', 'high'],
      ['城镇新增就业', 4.2, '2018', 'high'],
      ['新开工重点项目', 120, '2019 target', 'high'],
    ])
  })

  it('does not carry the review part’s year into the next part’s subsections when that part opens on the plan year', () => {
    const text = report(
      '一、“十三五”规划开局良好',
      '',
      '（一）经济平稳增长。地区生产总值增长7.5%。',
      '',
      '二、推动高质量发展迈出新步伐',
      '',
      '2019年是决胜全面建成小康社会的关键之年。',
      '',
      '（一）稳定工业增长。规模以上工业增加值增长7%左右。',
      '',
      '（二）扩大消费。社会消费品零售总额增长9%。',
    )
    const plan = periods(text).slice(1)
    expect(plan).toEqual([
      ['规模以上工业增加值', 7, '2019 target', 'high'],
      ['社会消费品零售总额', 9, '2019 target', 'high'],
    ])
  })

  it('still lets a subsection that names a time of its own speak of it', () => {
    const text = report(
      '一、发展态势稳中向好',
      '',
      '刚刚过去的2018年，全市上下迎难而上。',
      '',
      '（一）五年成就。五年来，地区生产总值年均增长8%。',
    )
    expect(periods(text)).toEqual([['地区生产总值', 8, '2014-2018', 'high']])
  })
})
