import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const periods = (text: string) => analyzeReportText(text).metrics.map((m) => [m.label, m.period])
/** Each figure's value and period in a report of the given lines. */
const datedValues = (...lines: string[]) => analyzeReportText(lines.join('\n')).metrics.map((m) => [m.value, m.period])
const PREFECTURE_2022 = ['某州2022年政府工作报告', '——2022年1月8日在某州第十五届人民代表大会第一次会议上']
const PROVINCE_2021 = ['某省2021年政府工作报告', '——2021年1月20日在某省第十三届人民代表大会第五次会议上']

describe('periods', () => {
  it('county report of 2022 with full-width digits: review year and targets', () => {
    const text = [
      '政府工作报告',
      '——２０２２年１月１２日在某某县第十八届人民代表大会第一次会议上',
      '一、２０２１年工作回顾',
      '全县地区生产总值增长６．５％。',
      '二、２０２２年工作安排',
      '今年全县经济社会发展的主要预期目标是：地区生产总值增长７％左右，一般公共预算收入增长５％以上。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['地区生产总值', '2021'],
      ['地区生产总值', '2022 target'],
      ['一般公共预算收入', '2022 target'],
    ])
  })
  it('provincial five-year review → a span', () => {
    const text = '政府工作报告\n——2023年1月14日在某某省人民代表大会上\n一、过去五年工作回顾\n（1）工业。全省生产总值年均增长6.8%。\n'
    expect(periods(text)).toEqual([['生产总值', '2018-2022']])
  })
  it('national style: goals in a section whose title names the year, 去年 and 今年 in sentences', () => {
    const text = [
      '政府工作报告',
      '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      '一、2023年工作回顾',
      '过去一年，国内生产总值增长5.2%。',
      '二、2024年经济社会发展总体要求和政策取向',
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；粮食产量1.3万亿斤以上。',
      '去年，居民消费价格上涨0.2%。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['国内生产总值', '2023'],
      ['国内生产总值', '2024 target'],
      ['城镇新增就业', '2024 target'],
      ['粮食产量', '2024 target'],
      ['居民消费价格', '2023'],
    ])
  })
  it('derives the year from the title when there is no speaker line', () => {
    const text = '2021年政府工作报告\n一、2020年工作回顾\n财政收入增长3%。\n二、今年主要任务\n财政收入增长4%。'
    expect(periods(text)).toEqual([
      ['财政收入', '2020'],
      ['财政收入', '2021 target'],
    ])
  })

  const speaker = '——2026年1月20日在某某省人民代表大会上'
  it('a year inside a sentence dates it up to the next semicolon; one heading the sentence dates all of it', () => {
    const text = [
      '政府工作报告', speaker, '一、“十四五”时期工作回顾',
      '园区发展壮大，2025年接待游客86万人次、收入12亿元；大学城初具规模，签约入驻高校26所。',
      '2025年，接待游客90万人次；引进高校3所。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['接待游客', '2025'],
      // 收入 after a count of visitors is tourism revenue, of the same year.
      ['旅游收入', '2025'],
      ['签约入驻高校', '2021-2025'],
      ['接待游客', '2025'],
      ['高校', '2025'],
    ])
  })
  it('a year opening a paragraph dates the paragraph only when it is the whole opening clause', () => {
    const text = [
      '政府工作报告', speaker, '一、“十四五”时期工作回顾',
      '2025年主导产业占比较2020年提高14个百分点。旅游业提质升级，新增5A级景区1个。',
      '2025年，主导产业占比达到70%。旅游业提质升级，新增5A级景区2个。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['主导产业占比', '2021-2025'],
      ['新增5A级景区', '2021-2025'],
      ['主导产业占比', '2025'],
      ['新增5A级景区', '2025'],
    ])
  })
  it('a yearly average under a single year’s cue covers the span of its part', () => {
    const text = ['政府工作报告', speaker, '一、“十四五”时期工作回顾', '物流发展壮大，2025年运行航线75条，快递业务量年均增长21%。'].join('\n')
    expect(periods(text)).toEqual([
      ['运行航线', '2025'],
      ['快递业务量', '2021-2025'],
    ])
  })
  it('in a section named for two times, a paragraph opening with a time dates those after it; after an address, the later time is a guess', () => {
    const text = [
      '政府工作报告', '——2020年5月22日在第十三届全国人民代表大会第三次会议上', '一、2019年和今年以来工作回顾',
      '去年，我们攻坚克难。',
      '——经济运行平稳。国内生产总值增长6.1%。',
      '各位代表！',
      '疫情发生后，我们调派4万多名医护人员驰援。',
    ].join('\n')
    const metrics = analyzeReportText(text).metrics
    expect(metrics.map((m) => [m.label, m.period, m.confidence.reasons.includes('period-inferred')])).toEqual([
      ['国内生产总值', '2019', false],
      ['医护人员', '2020', true],
    ])
  })

  it('a paragraph opening with an address turns the speech even with words after it; a time that is the subject of 是 dates what follows', () => {
    const head = ['某市2021年政府工作报告', '——2021年1月20日在某市第十五届人民代表大会第五次会议上', '一、“十三五”时期和2020年工作回顾', '过去五年，全市地区生产总值年均增长5%。']
    const dated = analyzeReportText([...head, '各位代表，2020年是“十三五”的收官之年，也是极不平凡的一年。初步统计，全市地区生产总值下降2.5%。'].join('\n')).metrics
    expect(dated.map((m) => [m.value, m.period, m.confidence.level])).toEqual([
      [5, '2016-2020', 'high'],
      [-2.5, '2020', 'high'],
    ])
    // With no time of its own, the paragraph after the address is the later time of the title, as a guess.
    const guessed = analyzeReportText([...head, '各位代表，我们经受住了严峻考验。初步统计，全市地区生产总值下降2.5%。'].join('\n')).metrics
    expect(guessed.map((m) => [m.value, m.period, m.confidence.level])).toEqual([
      [5, '2016-2020', 'high'],
      [-2.5, '2020', 'low'],
    ])
    // A sentence saying what the year was (这一年极不平凡。) names it: the figures after it are of that year, surely.
    const said = analyzeReportText([...head, '各位代表，这一年极不平凡。初步统计，全市地区生产总值下降2.5%。'].join('\n')).metrics
    expect(said.map((m) => [m.value, m.period, m.confidence.level])).toEqual([
      [5, '2016-2020', 'high'],
      [-2.5, '2020', 'high'],
    ])
  })

  it('dates a figure after 三年来 or 过去两年 with its span, and one after 今后三年 as a span of goals', () => {
    const head = ['某市2023年政府工作报告', '——2023年1月6日在某市第六届人民代表大会第二次会议上', '一、2022年工作回顾']
    const metrics = analyzeReportText([...head, '全市地区生产总值增长5%，三年来化解政府债务90亿元，过去两年新增就业4万人。', '二、2023年工作安排', '今后三年改造老旧小区300个。'].join('\n')).metrics
    expect(metrics.map((m) => [m.label, m.period])).toEqual([
      ['地区生产总值', '2022'],
      ['化解政府债务', '2020-2022'],
      ['新增就业', '2021-2022'],
      ['改造老旧小区', '2023-2025 target'],
    ])
  })

  it('dates a span of any length written in words or digits (四年来, 这六年, 8年累计, 未来4年) from the review year back', () => {
    const body = ['四年来，全州地区生产总值年均增长6.2%，新建农村公路500公里。', '这六年，我们新增城镇就业9万人。', '8年累计造林120万亩。']
    expect(datedValues(...PREFECTURE_2022, '一、本届政府工作回顾', ...body, '二、今后工作', '未来4年新建学校40所。')).toEqual([
      [6.2, '2018-2021'],
      [500, '2018-2021'],
      [9, '2016-2021'],
      [120, '2014-2021'],
      [40, '2022-2025 target'],
    ])
  })

  it('dates a goal to the year it names after a word of striving (力争到2025年) inside a part on the next five years', () => {
    const body = [
      '今后五年，全省生产总值年均增长6%。力争到2023年，全省生产总值突破5万亿元；研发投入强度达到2.5%。',
      '我们将优化营商环境，力争到2025年经营主体达到900万户。',
    ]
    expect(datedValues(...PROVINCE_2021, '二、今后五年的主要目标', ...body)).toEqual([
      [6, '2021-2025 target'],
      [5, '2023 target'],
      [2.5, '2023 target'],
      [900, '2025 target'],
    ])
  })

  it('carries a paragraph-opening span over the next paragraphs of a part whose title names no time, until a new time', () => {
    const body = [
      '四年来，我们扎实推进各项工作，新建农村公路500公里。',
      '同时，我们持续改进作风，办理代表建议900件。',
      '过去一年，全州地区生产总值增长7%。',
      '我们加快项目建设，新开工项目120个。',
    ]
    expect(datedValues(...PREFECTURE_2022, '一、本届政府砥砺前行', ...body)).toEqual([
      [500, '2018-2021'],
      [900, '2018-2021'],
      [7, '2021'],
      [120, '2021'],
    ])
  })

  it('dates the subsections of a five-year review that turns to the last year before them (刚刚过去的2022年) to that year', () => {
    const lines = [
      '2023年某市政府工作报告', '——2023年1月10日在某市人民代表大会上',
      '一、过去五年工作回顾', '——五年来，我们坚持创新驱动，全市生产总值年均增长6%。',
      '各位代表，刚刚过去的2022年，是极不平凡的一年。', '（一）全力稳增长。固定资产投资增长4%，新开工项目300个。', '（二）着力惠民生。新建学校20所。',
      '二、2023年主要工作', '新开工项目320个。',
    ]
    expect(datedValues(...lines)).toEqual([
      [6, '2018-2022'],
      [4, '2022'],
      [300, '2022'],
      [20, '2022'],
      [320, '2023 target'],
    ])
    // Without the turn, the subsections stay in the five years.
    expect(datedValues(...lines.filter((l) => !l.includes('刚刚过去'))).slice(1, 4).map((v) => v[1])).toEqual(['2018-2022', '2018-2022', '2018-2022'])
  })

  it('dates the paragraphs of a five-year review after one that opens on the last year (特别是刚刚过去的2022年) to that year, until an address', () => {
    const lines = [
      '2023年某省政府工作报告', '——2023年1月12日在某省人民代表大会上',
      '一、过去五年工作回顾',
      '五年来，我们狠抓发展第一要务，全省生产总值年均增长6%。',
      '特别是刚刚过去的2022年，我们经受住了多重考验。',
      '一是稳住经济大盘。固定资产投资增长4%，新登记市场主体50万户。',
      '二是办好民生实事。新建学校20所。',
      '各位代表，五年来的发展极不平凡，城镇新增就业累计200万人。',
      '二、2023年主要工作',
      '新建学校30所。',
    ]
    expect(datedValues(...lines)).toEqual([
      [6, '2018-2022'],
      [4, '2022'],
      [50, '2022'],
      [20, '2022'],
      [200, '2018-2022'],
      [30, '2023 target'],
    ])
    // A year that opens a sentence inside a paragraph dates that sentence, not the paragraphs after it.
    const inside = lines.map((l) => (l.startsWith('特别是') ? '五年来，我们经受住了多重考验。2022年，全省粮食产量达到600亿斤。' : l))
    expect(datedValues(...inside).map((v) => v[1])).toEqual(['2018-2022', '2022', '2018-2022', '2018-2022', '2018-2022', '2018-2022', '2023 target'])
  })

  it('dates a paragraph by the time of the sentence before it that ends on a colon, and only that sentence', () => {
    const head = ['——2024年1月8日在某市人民代表大会上', '各位代表：', '现在，我代表市人民政府向大会报告工作。']
    const lines = [...head, '2023年，是极为困难的一年。一年来，我们主要做了以下工作：', '（一）全力稳增长。原煤产量达到3.4亿吨，增长4.8%。']
    expect(datedValues(...lines)).toEqual([
      [3.4, '2023'],
      [4.8, '2023'],
    ])
    // A time at the head of that paragraph, not in the sentence on the colon, dates nothing after it.
    const lessons = [...head, '一、过去五年工作回顾', '五年来，全市生产总值年均增长7%。', '今年是本届政府的最后一年。几年来，我们体会最深的是：', '第一，必须坚持发展第一要务，人均生产总值达到9万元。']
    expect(datedValues(...lessons).at(-1)?.[1]).toBe('2019-2023')
  })

  it('dates a review of a government\'s term alone (第四届市人民政府工作回顾, 本届政府工作回顾) to the five years of the term', () => {
    const body = ['第四届市人民政府团结带领全市人民，全市生产总值年均增长7%，新建学校60所。', '城镇登记失业率控制在4%以内。']
    expect(datedValues(...PREFECTURE_2022, '一、第四届市人民政府工作回顾', ...body, '二、2022年主要工作', '新开工项目50个。')).toEqual([
      [7, '2017-2021'],
      [60, '2017-2021'],
      [4, '2017-2021'],
      [50, '2022 target'],
    ])
    expect(datedValues(...PREFECTURE_2022, '一、本届政府工作回顾', '新建学校60所。')).toEqual([[60, '2017-2021']])
  })

  it('reads a title naming a year and the government\'s term (2020年及本届政府工作回顾) as two times: 五年来 carries', () => {
    const body = ['2020年，全省生产总值增长3%。', '五年来，我们着力改善民生，新建学校300所。', '我们深入推进法治建设，提请审议地方性法规40件。']
    expect(datedValues(...PROVINCE_2021, '一、2020年及本届政府工作回顾', ...body)).toEqual([
      [3, '2020'],
      [300, '2016-2020'],
      [40, '2016-2020'],
    ])
  })

  it('reads a title naming a year and a numbered government term (第九届政府) as two times, and carries 五年 into its untitled subsections', () => {
    const body = [
      '2021年，全市生产总值增长6%。',
      '各位代表，五年来，我们接续奋斗。主要工作是：',
      '（一）致力于稳增长，经济更加稳健。全市固定资产投资年均增长9%，新增规上工业企业120家。',
      '（二）致力于惠民生，生活更加幸福。新建学校30所。',
    ]
    expect(datedValues(...PREFECTURE_2022, '一、2021年和第九届政府工作回顾', ...body, '二、2022年工作安排', '新开工项目50个。')).toEqual([
      [6, '2021'],
      [9, '2017-2021'],
      [120, '2017-2021'],
      [30, '2017-2021'],
      [50, '2022 target'],
    ])
    // The same, pasted from Word (indented paragraphs, CRLF): an address opening an indented paragraph still turns the speech.
    const lines = [...PREFECTURE_2022, '一、2021年和第九届政府工作回顾', ...body, '各位代表，我们还提请审议法规6件。']
    const asFromWord = lines.map((l) => `\u3000\u3000${l}`).join('\r\n')
    expect(analyzeReportText(asFromWord).metrics.map((m) => [m.value, m.period])).toEqual(analyzeReportText(lines.join('\n')).metrics.map((m) => [m.value, m.period]))
    // An address naming no time after both: the speech is guessed to be on the title's last time, the term.
    expect(datedValues(...lines).at(-1)).toEqual([6, '2017-2021'])
    // An address, then N years closed by 来 with no comma (五年来市政府…): the paragraph is of the five years.
    expect(datedValues(...PREFECTURE_2022, '一、2021年和第九届政府工作回顾', ...body, '各位代表，五年来市政府坚持依法行政，提请审议法规12件。').at(-1)).toEqual([12, '2017-2021'])
    // A term of the people's congress in the speaker line names no time of the review.
    expect(datedValues(...PREFECTURE_2022, '一、2021年工作回顾', '（一）稳增长。全市生产总值增长6%。')).toEqual([[6, '2021']])
  })

  it('dates an average goal to be reached by a year (到2026年…年均增长) from the plan year to that year, and an announced goal in a five-year part to the five years', () => {
    const plan = ['二、今后五年的主要目标', '到2026年，全市地区生产总值突破3000亿元，年均增长6%以上。']
    expect(datedValues(...PREFECTURE_2022, '一、2021年工作回顾', '全市生产总值增长7%。', ...plan)).toEqual([
      [7, '2021'],
      [3000, '2026 target'],
      [6, '2022-2026 target'],
    ])
    const goals = ['二、“十四五”时期的目标任务', '主要预期目标是：地区生产总值年均增长6%左右；服务业增加值占比达到52%；城镇调查失业率控制在5.5%以内。', '三、2021年重点工作', '主要预期目标是：地区生产总值增长7%。']
    expect(datedValues(...PROVINCE_2021, '一、2020年工作回顾', '全省生产总值增长3%。', ...goals)).toEqual([
      [3, '2020'],
      [6, '2021-2025 target'],
      [52, '2021-2025 target'],
      [5.5, '2021-2025 target'],
      [7, '2021 target'],
    ])
  })

  it('keeps a goal dated to a year that is compared with an earlier one (到2025年，…比2020年提高) that year\'s goal', () => {
    const head = [...PROVINCE_2021, '二、“十四五”时期的主要目标']
    const metrics = analyzeReportText([...head, '到2025年，全省城市生活垃圾回收利用率比2020年提高8个百分点以上。'].join('\n')).metrics
    expect(metrics.map((m) => [m.value, m.period, m.confidence.level])).toEqual([[8, '2025 target', 'high']])
  })

  it('reads the older five-year plans (十五, 九五) by name, and 十五 that is a number as a number', () => {
    const text = [
      '某市2006年政府工作报告',
      '——2006年1月10日在某市第十五届人民代表大会第四次会议上',
      '一、“十五”时期经济社会发展回顾',
      '全市生产总值年均增长12%，财政收入是“九五”末的2倍。',
      '二、“十一五”时期的主要目标',
      '全市生产总值年均增长10%，“十五”期间地方财政收入年均增长20%。',
      '三、2006年工作安排',
      '新建学校十五所，城镇新增就业5万人。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', '2001-2005'],
      ['财政收入', '2001-2005'],
      ['生产总值', '2006-2010 target'],
      ['地方财政收入', '2001-2005'],
      ['城镇新增就业', '2006 target'],
    ])
  })

  it('dates a figure at a plan’s end (“十二五”末, 到“十三五”末) to its last year, not the five years', () => {
    const text = [
      '某市2016年政府工作报告',
      '——2016年1月10日在某市第十四届人民代表大会第四次会议上',
      '一、“十二五”时期和2015年工作回顾',
      '过去五年，全市生产总值年均增长9%。“十二五”末，全市地区生产总值达到1680亿元，城镇化率达到47%。',
      '二、“十三五”时期主要目标',
      '到“十三五”末，常住人口城镇化率达到55%。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['生产总值', '2011-2015'],
      ['地区生产总值', '2015'],
      ['城镇化率', '2015'],
      ['常住人口城镇化率', '2020 target'],
    ])
  })

  it('dates an average in a part named for a year and a plan to the plan, even after a cue of the plan’s end', () => {
    const text = [
      '——2016年1月20日在某省第十二届人民代表大会第四次会议上',
      '一、2015年和“十二五”工作回顾',
      '全省地区生产总值增长7%。',
      '综合实力迈上新台阶。“十二五”末，全省地区生产总值达到9000亿元，年均增长9%。',
      '民生持续改善。城镇、农村居民人均可支配收入分别年均增长8%和10%。',
    ].join('\n')
    expect(periods(text)).toEqual([
      ['地区生产总值', '2015'],
      ['地区生产总值', '2015'],
      ['地区生产总值', '2011-2015'],
      ['城镇居民人均可支配收入', '2011-2015'],
      ['农村居民人均可支配收入', '2011-2015'],
    ])
  })
})
