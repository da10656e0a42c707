import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const shown = (text: string) =>
  analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}${m.unit} ${m.kind}@${m.period}/${m.confidence.level}`)

const head = '某市2016年政府工作报告\n——2016年1月8日在某市第四届人民代表大会第五次会议上\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n'

describe('a part of the place before the first item of a list (新片区, 县域, 园区, 开发区)', () => {
  const review = (sentence: string) =>
    shown(head.replace(/2016/g, '2022') + `一、2021年工作回顾\n\n全市生产总值增长6%。${sentence}\n`)

  it('bounds every item, so no item is read as the whole place’s indicator', () => {
    const figures = review('自贸新片区规上工业产值、全社会固定资产投资分别增长30.5%和18%。')
    expect(figures).toContain('自贸新片区全社会固定资产投资=18% growth@2021/high')
    expect(analyzeReportText(head + '一、2015年工作回顾\n\n县域工业投资、工业产值均增长12%以上。\n').metrics.map((m) => [m.label, m.indicator])).toEqual([
      ['县域工业投资', null],
      ['县域工业产值', null],
    ])
  })

  it.each([
    ['园区新签约、新开工项目分别为45个、38个。', ['园区新签约项目', '园区新开工项目']],
    ['开发区亩均税收、经济密度分别提高9%、12%。', ['开发区亩均税收', '开发区经济密度']],
  ])('%s', (sentence, labels) => {
    const got = analyzeReportText(head + '一、2015年工作回顾\n\n' + sentence + '\n').metrics.map((m) => m.label)
    expect(got).toEqual(labels)
  })

  it('is not shared with an item that names a place or level of its own (中心城区、县城…)', () => {
    const got = analyzeReportText(head + '一、2015年工作回顾\n\n中心城区、县城生活污水处理率分别达到96%、88%。\n').metrics.map((m) => m.label)
    expect(got).toEqual(['中心城区生活污水处理率', '县城生活污水处理率'])
  })
})
