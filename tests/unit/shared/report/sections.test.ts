import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { buildSections, collapseTitle, matchHeading } from '../../../../src-shared/report/sections'
import { normalizeForAnalysis } from '../../../../src-shared/report/normalize'
import type { Section } from '../../../../src-shared/schemas/report'

function tree(text: string) {
  return buildSections(text, normalizeForAnalysis(text))
}
function heading(line: string) {
  return matchHeading(normalizeForAnalysis(line), 0, line.length)
}

describe('headings', () => {
  it('recognises the four levels as written', () => {
    expect(heading('一、2023年工作回顾')?.level).toBe(1)
    expect(heading('（一）产业转型迈出新步伐。工业振兴…')?.level).toBe(2)
    expect(heading('(二)扩大内需')?.level).toBe(2)
    expect(heading('1.工业提质增效')?.level).toBe(3)
    expect(heading('２．农业稳产保供')?.level).toBe(3)
    expect(heading('3、服务业')?.level).toBe(3)
    expect(heading('（1）制造业。规模以上工业…')?.level).toBe(4)
    expect(heading('(12)服务业')?.level).toBe(4)
  })
  it('does not take sentences, enumerations or numbers for headings', () => {
    expect(heading('一是加快建设现代化产业体系，二是扩大内需。')).toBeNull()
    expect(heading('1.5万人返乡就业')).toBeNull()
    expect(heading('2023年是全面贯彻党的二十大精神的开局之年。')).toBeNull()
    expect(heading('12个县级以上饮用水水源水质100%达标。')).toBeNull()
    expect(heading('一、二、三产融合发展')).toBeNull()
    expect(heading('一、我们坚持稳中求进工作总基调，全面贯彻新发展理念，推动经济社会高质量发展，取得了新的成绩。')).toBeNull()
  })
  it('splits a heading that shares its line with its body at the first 。', () => {
    const t = tree('一、回顾\n（一）产业转型迈出新步伐。工业振兴三年行动圆满收官。\n')
    const sub = t.sections[0]?.children[0] as Section
    expect(sub.number).toBe('（一）')
    expect(sub.title).toBe('产业转型迈出新步伐')
    expect(sub.paragraphs[0]?.text).toBe('工业振兴三年行动圆满收官。')
  })
})

describe('front matter and tree', () => {
  const text = [
    '政 府 工 作 报 告',
    '',
    '——２０２２年１月１２日在某某县第十八届人民代表大会第一次会议上',
    '县长　王某',
    '各位代表：',
    '现在，我代表县人民政府，向大会报告政府工作。',
    '一、２０２１年工作回顾',
    '２０２１年，全县上下团结奋斗。',
    '（一）经济运行稳中有进。规上工业增加值增长１０．２％。',
    '1.工业',
    '（1）制造业。制造业增加值增长８％。',
    '（2）建筑业',
    '2.农业',
    '（二）民生福祉持续增进。',
    '二、２０２２年工作安排',
    '大力打造工业强县。实施新一轮工业振兴行动，一是抓项目，二是抓招商。',
    '产业兴，则县域兴。我们要坚定不移强产业！',
  ].join('\n')
  const t = tree(text)

  it('collapses a spaced title and finds the speaker line', () => {
    expect(t.title).toBe('政府工作报告')
    expect(collapseTitle('2024年 政 府 工 作 报 告')).toBe('2024年政府工作报告')
    expect(t.speakerLine).toContain('２０２２年１月１２日')
  })
  it('builds a nested tree with deterministic ids and numbers as written', () => {
    const summary = (s: Section): unknown => [s.id, s.number, s.title, s.children.map(summary)]
    expect(t.sections.map(summary)).toEqual([
      ['s1', '一、', '２０２１年工作回顾', [
        ['s1-1', '（一）', '经济运行稳中有进', [
          ['s1-1-1', '1.', '工业', [['s1-1-1-1', '（1）', '制造业', []], ['s1-1-1-2', '（2）', '建筑业', []]]],
          ['s1-1-2', '2.', '农业', []],
        ]],
        ['s1-2', '（二）', '民生福祉持续增进', []],
      ]],
      ['s2', '二、', '２０２２年工作安排', []],
    ])
    expect(t.flat.map((s) => s.id)).toEqual(['s1', 's1-1', 's1-1-1', 's1-1-1-1', 's1-1-1-2', 's1-1-2', 's1-2', 's2'])
  })
  it('keeps front matter out of sections and gives paragraphs offsets into the text', () => {
    for (const s of t.flat) {
      for (const p of s.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text)
      expect(s.end).toBeGreaterThanOrEqual(s.start)
    }
    expect(t.sections[0]?.paragraphs.map((p) => p.id)).toEqual(['s1-p1'])
  })
  it('marks a short opening topic sentence as the lead, and only that', () => {
    const ps = t.sections[1]?.paragraphs ?? []
    expect(ps[0]?.lead).toBe('大力打造工业强县。')
    expect(ps[1]?.lead).toBeUndefined() // has a comma: a slogan, not a topic sentence
  })
  it('handles deep nesting that skips levels', () => {
    const r = analyzeReportText('（1）甲\n（2）乙\n一、丙\n（1）丁\n')
    expect(r.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3'])
    expect(r.sections[2]?.children[0]?.id).toBe('s3-1')
  })
})
