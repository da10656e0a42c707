import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const report = (glossary: string) =>
  [
    '——2024年1月20日在某市人民代表大会上',
    '',
    '各位代表：',
    '',
    '一、2023年工作回顾',
    '',
    '全市生产总值增长6%。',
    '',
    '二、2024年工作安排',
    '',
    '全市生产总值增长6.5%左右。',
    '',
    '让我们在市委的坚强领导下，团结奋进，再创佳绩！',
    '',
    glossary,
    '',
    '“1+3”产业体系：指打造1个千亿产业集群和3个百亿产业集群。',
  ].join('\n')

describe('a glossary named for the report or for part of its words is an annex, and its numbers are no figures', () => {
  for (const title of ['《政府工作报告》注释', '《政府工作报告》有关内容名词注释', '附：相关名词解释', '部分名词注释：', '名词解释和说明', '政府工作报告名词解释']) {
    it(`reads ${title} as a glossary`, () => {
      const a = analyzeReportText(report(title))
      // (The colon leading into the notes, 部分名词注释：, is no part of the annex's name.)
      expect(a.annexes.map((s) => s.title)).toEqual([title.replace(/：$/u, '')])
      expect(a.sections.map((s) => s.title)).toEqual(['2023年工作回顾', '2024年工作安排'])
      expect(a.metrics.map((m) => m.value)).toEqual([6, 6.5])
    })
  }
})
