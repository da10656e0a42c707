import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const report = (opening: string) =>
  '——2019年1月12日在某市第五届人民代表大会第三次会议上\n\n市长 某某\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告政府工作。\n\n' +
  `一、砥砺奋进，全市发展迈上新台阶\n\n${opening}全市上下凝心聚力，攻坚克难，较好完成了全年目标任务。\n\n` +
  '初步核算，全市生产总值2450亿元，增长7.6%；城镇新增就业3.2万人。\n\n二、2019年主要任务\n\n全市生产总值增长7%左右。\n'

describe('a part without a time in its title, opened by `过去的一年`', () => {
  it.each(['过去的一年，', '刚刚过去的一年，', '各位代表，过去的一年，'])('dates the review paragraphs after %s as the year before the report', (opening) => {
    const metrics = analyzeReportText(report(opening)).metrics
    const figures = metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}/${m.confidence.level}`)
    expect(figures).toContain('生产总值=2450亿元@2018/high')
    expect(figures).toContain('生产总值=7.6%@2018/high')
    expect(figures).toContain('城镇新增就业=3.2万人@2018/high')
    expect(figures).toContain('生产总值=7%@2019 target/high')
  })
})
