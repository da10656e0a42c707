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
    // A title spaced out with no-break or en spaces, as web pages print it.
    expect(collapseTitle('政 \u00a0府 \u00a0工 \u00a0作')).toBe('政府工作')
    expect(collapseTitle('名\u2002\u2002词\u2002\u2002解\u2002\u2002释')).toBe('名词解释')
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

describe('the genre beyond numbered headings', () => {
  const titles = (secs: Section[]): string[] => secs.map((s) => s.number + s.title)

  it('keeps annexes, glossaries and notes after the closing out of the body, and their numbers out of the figures', () => {
    const r = analyzeReportText(
      [
        '一、2024年工作回顾', '全市地区生产总值增长5%。', '二、2025年工作安排', '地区生产总值增长5.5%左右。', '各位代表！让我们团结奋斗。',
        '附件1', '2025年十件民生实事', '一、新增托位2000个。', '附件2 名词解释', '1.“一网通办”：政务服务一个网办理，覆盖率100%。',
        '注释', '［1］三个一批：谋划一批、开工一批、建成一批。',
      ].join('\n'),
    )
    expect(titles(r.sections)).toEqual(['一、2024年工作回顾', '二、2025年工作安排'])
    expect(r.annexes.map((a) => a.title)).toEqual(['附件1', '附件2 名词解释', '注释'])
    expect(r.metrics.map((m) => [m.label, m.value, m.period])).toEqual([
      ['地区生产总值', 5, '2024'],
      ['地区生产总值', 5.5, '2025 target'],
      ['新增托位', 2000, '2025 target'],
    ])
  })

  it('reads a line listing the annexes before them (附件：1、… / 2、…) as no annex of its own', () => {
    const r = analyzeReportText(
      [
        '一、2024年工作回顾', '全市地区生产总值增长5%。', '二、2025年工作安排', '地区生产总值增长5.5%左右。', '各位代表，让我们团结奋斗！',
        '附件：1、2025年十件民生实事', '2、注释', '附件1', '2025年十件民生实事', '一、新增托位2000个。', '附件2', '注 释', '①三个一批：谋划一批、开工一批、建成一批。',
      ].join('\n'),
    )
    expect(titles(r.sections)).toEqual(['一、2024年工作回顾', '二、2025年工作安排'])
    expect(r.annexes.map((a) => a.title)).toEqual(['附件1', '附件2'])
    // The listing is in no part of the body: a draft never quotes it as a bullet of the last part.
    expect(JSON.stringify(r.sections)).not.toContain('附件')
    // Without annexes after it, the line opens the annex it lists.
    const alone = analyzeReportText(['一、2024年工作回顾', '全市地区生产总值增长5%。', '附件：1、名词解释', '①三个一批：谋划一批。'].join('\n'))
    expect(alone.annexes.map((a) => a.title)).toEqual(['附件：1、名词解释'])
  })

  it('reads a glossary heading written with spaces between its letters (注 释, 名\u2002词\u2002解\u2002释) as the annex it is', () => {
    for (const heading of ['注 释', '名\u2002\u2002词\u2002\u2002解\u2002\u2002释', '附件 2']) {
      const r = analyzeReportText(
        ['一、2024年工作回顾', '全市地区生产总值增长5%。', '二、2025年工作安排', '地区生产总值增长5.5%左右。', '各位代表！让我们团结奋斗。', heading, '〔1〕“双50”招商：引进50个投资额超过50亿元的项目。'].join('\n'),
      )
      expect(r.annexes.map((a) => a.title), heading).toEqual([heading])
      expect(r.metrics.map((m) => m.value), heading).toEqual(heading.startsWith('附件') ? [5, 5.5, 50] : [5, 5.5])
    }
  })

  it('reads a titled list after the closing words (no 附件) as an annex, its items out of the last part', () => {
    const r = analyzeReportText(
      [
        '政府工作报告', '一、2024年工作回顾', '全县地区生产总值增长5%。', '二、2025年工作安排', '（一）抓项目。新开工项目50个。',
        '各位代表，新的征程催人奋进，让我们携手并进！', '2025年为民办好八件实事',
        '一、托育服务工程。新增托位300个。', '二、道路畅通工程。改造农村公路80公里。',
      ].join('\n'),
    )
    expect(titles(r.sections)).toEqual(['一、2024年工作回顾', '二、2025年工作安排'])
    expect(r.annexes.map((a) => a.title)).toEqual(['2025年为民办好八件实事'])
    expect(r.annexes[0]?.paragraphs.length).toBe(2)
    expect(r.metrics.filter((m) => m.value === 80).map((m) => m.period)).toEqual(['2025 target'])
  })

  it('keeps a short line after an address inside the body, before the last part, in the body', () => {
    const r = analyzeReportText(
      ['政府工作报告', '一、2024年工作回顾', '全县地区生产总值增长5%。', '各位代表，成绩来之不易！', '同时我们也清醒看到', '二、2025年工作安排', '新开工项目50个。'].join('\n'),
    )
    expect(r.annexes).toEqual([])
    expect(titles(r.sections)).toEqual(['一、2024年工作回顾', '二、2025年工作安排'])
  })

  it('reads 1.… points before the first （一） of a part as paragraphs of its opening, not as parts', () => {
    const r = analyzeReportText(
      ['一、2024年工作回顾', '刚刚过去的2024年极不平凡。', '1.疫情防控有力。全市实现零新增。', '2.民生实事完成。10件实事全部办结。', '一年来，我们主要抓了以下工作：', '（一）稳增长。全市生产总值增长5%。', '（二）惠民生。新建学校10所。', '二、2025年工作安排', '（一）扩投资。新开工项目100个。'].join('\n'),
    )
    expect(r.sections[0]?.children.map((s) => s.number + s.title)).toEqual(['（一）稳增长', '（二）惠民生'])
    expect(r.sections[0]?.paragraphs.some((p) => p.text.startsWith('1.疫情防控有力'))).toBe(true)
    // Under a （一）, 1. points are its parts, as before.
    const nested = analyzeReportText(['一、2024年工作回顾', '（一）稳增长', '1.扩投资。新开工项目100个。', '2.促消费。社会消费品零售总额增长6%。'].join('\n'))
    expect(nested.sections[0]?.children[0]?.children.map((s) => s.title)).toEqual(['扩投资', '促消费'])
  })

  it('takes as the title the head line that names the report, never the speaker or a document number', () => {
    const body = '\n各位代表：\n现在，我代表某某市人民政府向大会报告工作。\n一、2023年工作回顾\n全市地区生产总值增长5%。'
    expect(analyzeReportText(`市十六届人大五次会议文件（三）\n政府工作报告\n——2024年1月16日在某某市第十六届人民代表大会第五次会议上\n某某市人民政府市长 王某某${body}`).title).toBe('政府工作报告')
    expect(analyzeReportText(`某某市市长 王某某${body}`).title).toBe('')
    expect(analyzeReportText(`第十七届人民代表大会第五次会议上\n市委副书记、市长 王某某${body}`).title).toBe('')
    expect(analyzeReportText(`2024年某某市政府工作报告\n——2024年1月16日在某某市第十六届人民代表大会第五次会议上${body}`).title).toBe('2024年某某市政府工作报告')
    // A web page's caption of who delivers the report is no title either.
    expect(analyzeReportText(`市长王某某作政府工作报告\n——2024年1月16日在某某市第十六届人民代表大会第五次会议上\n某某市市长 王某某${body}`).title).toBe('')
    // Nor the speaker's bare name under it.
    expect(analyzeReportText(`王某某${body}`).title).toBe('')
    expect(analyzeReportText(`政府工作报告\n王某某${body}`).title).toBe('政府工作报告')
    // A web page's field name before the title (原标题：) is no part of it.
    expect(analyzeReportText(`原标题：政府工作报告\n——二〇二四年一月十六日在某某市第十六届人民代表大会第五次会议上${body}`).title).toBe('政府工作报告')
  })

  it('reads unnumbered parts named for a time with 建议/打算, and the closing part on the government itself, above numbered headings', () => {
    const r = analyzeReportText(
      ['各位代表：', '2023年工作回顾', '全市地区生产总值增长5%。', '2024年工作建议', '一、扩大有效投资', '新开工项目100个。', '二、促进消费', '社会消费品零售总额增长6%。', '全面加强政府自身建设', '坚持依法行政。'].join('\n'),
    )
    expect(r.sections.map((s) => s.number + s.title)).toEqual(['2023年工作回顾', '2024年工作建议', '全面加强政府自身建设'])
    expect(r.sections[1]?.children.map((s) => s.number + s.title)).toEqual(['一、扩大有效投资', '二、促进消费'])
    expect(r.metrics.find((m) => m.value === 100)?.period).toBe('2024 target')
  })

  it('reads a short sentence that introduces a numbered list as a paragraph, not a part', () => {
    const r = analyzeReportText('各位代表：\n一、2025年工作安排\n今年重点做好两个方面工作。\n（一）扩大有效需求。实施提振消费专项行动。\n（二）推进改革开放。深化重点领域改革。')
    expect(r.sections[0]?.children.map((s) => s.number + s.title)).toEqual(['（一）扩大有效需求', '（二）推进改革开放'])
    expect(r.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['今年重点做好两个方面工作。'])
  })

  it('reads part titles without numbers when the report numbers none', () => {
    const r = analyzeReportText(['各位代表：', '“十四五”时期工作回顾', '五年来，全省生产总值年均增长6%。', '2026年重点工作', '（一）扩大内需', '社会消费品零售总额增长5%。'].join('\n'))
    expect(titles(r.sections)).toEqual(['“十四五”时期工作回顾', '2026年重点工作'])
    expect(r.sections[1]?.children.map((s) => s.title)).toEqual(['扩大内需'])
    expect(r.metrics.map((m) => m.period)).toEqual(['2021-2025', '2026 target'])
    // A part titled by the government's term, with or without 第, is a part of its own, of the term's years.
    const term = analyzeReportText(['——2022年1月9日在某州第十二届人民代表大会第一次会议上', '各位代表：', '十一届州政府工作回顾', '全州生产总值年均增长6%。', '2022年重点工作安排建议', '全州生产总值增长7%左右。'].join('\n'))
    expect(titles(term.sections)).toEqual(['十一届州政府工作回顾', '2022年重点工作安排建议'])
    expect(term.metrics.map((m) => m.period)).toEqual(['2017-2021', '2022 target'])
  })

  it('puts part titles without numbers above numbered headings that start again under each of them', () => {
    const r = analyzeReportText(
      [
        '各位代表：', '2018年工作回顾', '一、夯实产业基础', '粮食产量达到95万吨。', '二、改善民生', '城镇新增就业3万人。',
        '2019年工作安排', '一、稳定增长', '城镇新增就业3.2万人。', '政府自身建设', '一是坚持依法行政。',
      ].join('\n'),
    )
    expect(titles(r.sections)).toEqual(['2018年工作回顾', '2019年工作安排', '政府自身建设'])
    expect(r.sections.map((s) => titles(s.children))).toEqual([['一、夯实产业基础', '二、改善民生'], ['一、稳定增长'], []])
    expect(r.metrics.map((m) => [m.value, m.period])).toEqual([
      [95, '2018'],
      [3, '2018'],
      [3.2, '2019 target'],
    ])
  })
  it('reads a series of 一、… headings that run into their paragraphs as the subsections of a part', () => {
    const series = [
      '一、推动农业提质增效取得新进展。完善农田水利设施，粮食产量稳定在90万吨以上。',
      '二、推动城市品质提升取得新进展。改造老旧小区120个。',
      '三、推动民生保障取得新进展。城镇新增就业2万人。',
    ]
    const r = analyzeReportText(['各位代表：', '过去一年工作回顾', '全市生产总值增长6%。', '今年重点工作安排', '今年的主要预期目标是：全市生产总值增长6.5%。', ...series].join('\n'))
    expect(titles(r.sections)).toEqual(['过去一年工作回顾', '今年重点工作安排'])
    expect(titles(r.sections[1]!.children)).toEqual(['一、推动农业提质增效取得新进展', '二、推动城市品质提升取得新进展', '三、推动民生保障取得新进展'])
    // The text after the run-in title stays the subsection's paragraph, its figures in it.
    expect(r.sections[1]!.children[1]!.paragraphs.map((p) => p.text)).toEqual(['改造老旧小区120个。'])
    const inSub = r.metrics.filter((m) => m.sectionId === r.sections[1]!.children[2]!.id)
    expect(inSub.map((m) => m.value)).toEqual([2])
    // Two such lines, a series out of order, or a first sentence with a comma are numbered paragraphs.
    const two = analyzeReportText(['各位代表：', '过去一年工作回顾', '全市生产总值增长6%。', '今年重点工作安排', ...series.slice(0, 2)].join('\n'))
    expect(two.sections[1]!.children).toEqual([])
    const outOfOrder = analyzeReportText(['各位代表：', '过去一年工作回顾', '全市生产总值增长6%。', '今年重点工作安排', series[1]!, series[0]!, series[2]!].join('\n'))
    expect(outOfOrder.sections[1]!.children).toEqual([])
    const sentences = series.map((l) => l.replace('取得新进展。', '，取得新进展。'))
    const commas = analyzeReportText(['各位代表：', '过去一年工作回顾', '全市生产总值增长6%。', '今年重点工作安排', ...sentences].join('\n'))
    expect(commas.sections[1]!.children).toEqual([])
  })
  it('reads a series of 第一，… title lines as the subsections of a part, and 第一，…。 sentences as paragraphs', () => {
    const head = ['各位代表：', '一、2024年工作回顾', '全县生产总值增长6%。', '二、2025年工作安排']
    const series = [
      '第一，坚持工业强县，做大做强主导产业',
      '新开工工业项目30个。',
      '第二，坚持城乡融合，建设宜居美丽乡村',
      '改造农村公路80公里。',
      '第三，坚持民生为本，提升群众幸福指数',
      '城镇新增就业3000人。',
    ]
    const r = analyzeReportText([...head, ...series].join('\n'))
    expect(titles(r.sections[1]!.children)).toEqual(series.filter((l) => l.startsWith('第')))
    const third = r.sections[1]!.children[2]!
    expect(r.metrics.filter((m) => m.sectionId === third.id).map((m) => m.value)).toEqual([3000])
    // Run-in sentences (`第一，…。` opening a paragraph), two such lines, or a series that does not start at 第一 are paragraphs.
    const sentences = series.map((l) => (l.startsWith('第') ? `${l}。全年完成目标。` : l))
    expect(analyzeReportText([...head, ...sentences].join('\n')).sections[1]!.children).toEqual([])
    expect(analyzeReportText([...head, ...series.slice(0, 4)].join('\n')).sections[1]!.children).toEqual([])
    expect(analyzeReportText([...head, ...series.slice(2)].join('\n')).sections[1]!.children).toEqual([])
  })
  it('keeps numbered top headings on top when a part title stands among them without a fresh series', () => {
    const r = analyzeReportText(['各位代表：', '一、2024年工作回顾', '工业增长5%。', '二、2025年工作安排', '重点工作', '三、加强政府建设'].join('\n'))
    expect(titles(r.sections)).toEqual(['一、2024年工作回顾', '二、2025年工作安排', '三、加强政府建设'])
  })

  it('takes a series of lead sentences on their own lines for headings, long ones above short ones', () => {
    const body = '全市地区生产总值增长5%，城乡居民收入稳步增长，各项事业全面进步，人民生活持续改善。'
    const r = analyzeReportText(
      [
        '一、2025年和“十四五”时期工作回顾',
        '这一年，我们稳中求进、攻坚克难，经济运行稳中向好。', body,
        '这一年，我们改革创新、扩大开放，发展活力持续增强。', body,
        '五年来，我们坚定不移推动高质量发展，综合实力迈上新台阶。经济实力显著提升。', body,
        '产业结构持续优化。', body,
        '五年来，我们坚定不移保障改善民生，人民生活更加殷实。', body,
        '二、加强政府自身建设',
        '旗帜鲜明讲政治。', body,
        '依法行政强法治。', body,
        '一个人的开场白，不是标题。', body,
      ].join('\n'),
    )
    const [first, second] = r.sections
    expect(first?.children.map((s) => s.title)).toEqual([
      '这一年，我们稳中求进、攻坚克难，经济运行稳中向好',
      '这一年，我们改革创新、扩大开放，发展活力持续增强',
      '五年来，我们坚定不移推动高质量发展，综合实力迈上新台阶',
      '五年来，我们坚定不移保障改善民生，人民生活更加殷实',
    ])
    expect(first?.children[2]?.children.map((s) => s.title)).toEqual(['经济实力显著提升', '产业结构持续优化'])
    expect(second?.children.map((s) => s.title)).toEqual(['旗帜鲜明讲政治', '依法行政强法治'])
    // The period follows the heading: this year, then the five years.
    expect(r.metrics.map((m) => m.period)).toEqual(['2025', '2025', '2021-2025', '2021-2025', '2021-2025', '2025', '2025', '2025'])
  })

  it('keeps note markers in the text and out of labels, and reads a heading line with commas', () => {
    const r = analyzeReportText('三、加大宏观政策力度，着力稳企业保就业\n四大主导产业［2］占地区生产总值比重达70%。')
    expect(titles(r.sections)).toEqual(['三、加大宏观政策力度，着力稳企业保就业'])
    expect(r.metrics[0]).toMatchObject({ label: '四大主导产业占地区生产总值比重', quote: '四大主导产业［2］占地区生产总值比重达70%' })
    // In any bracket the genre uses for them.
    const marked = analyzeReportText('一、2019年工作回顾\n实施“三区两带”【3】项目120个，新建“美丽公路”〔5〕800公里，“智慧园区”[6]达到12个。')
    expect(marked.metrics.map((m) => m.label)).toEqual(['三区两带项目', '新建美丽公路', '智慧园区'])
  })

  it('takes the title written before its date line in brackets on the same line', () => {
    expect(analyzeReportText('政府工作报告（2023年1月15日在某省第十四届人民代表大会第一次会议上 省长 某某）\n各位代表：\n一、2022年工作回顾').title).toBe('政府工作报告')
  })

  it('takes the title run together with its dashed date line after spaces, as a page pasted flat gives it', () => {
    const r = analyzeReportText('政府工作报告  ——2019年1月27日在某省第六届  人民代表大会第二次会议上\n某省省长 某某\n各位代表：\n一、关于过去一年的工作\n')
    expect([r.title, r.year]).toEqual(['政府工作报告', 2019])
    // A date line alone is still no title.
    expect(analyzeReportText('——2019年1月27日在某省第六届人民代表大会第二次会议上\n各位代表：\n一、关于过去一年的工作\n').title).toBe('')
  })

  it('does not take a salutation for the title of a report pasted without one', () => {
    expect(analyzeReportText('各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、工作回顾\n').title).toBe('')
  })
})
