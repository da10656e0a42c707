import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { titlePeriod } from '../../../../src-shared/report/period'

/** `label=value@period/confidence` of every figure of a report of 2021 whose parts are the given lines. */
function dated(...lines: string[]): string[] {
  const text = ['某市政府工作报告', '——2021年1月12日在某市第十六届人民代表大会第五次会议上', '', ...lines].join('\n')
  return analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}@${m.period}/${m.confidence.level}`)
}

describe('a review part whose title names the year, then the five years', () => {
  const review = (title: string) =>
    dated(
      title,
      '',
      '我们坚持稳中求进，较好完成了全年目标任务。全市地区生产总值增长3.6%，固定资产投资增长8.1%。',
      '',
      '过去五年，我们砥砺前行。全市地区生产总值年均增长6.9%，累计新增城镇就业42万人。',
      '',
      '二、2021年工作安排',
      '',
      '全市地区生产总值增长7%左右。',
    )

  it('speaks of the year first: its opening paragraph, with no time of its own, gives the year’s figures surely', () => {
    for (const title of ['一、2020年和过去五年工作回顾', '一、2020年和“十三五”时期工作回顾', '一、2020年及“十三五”经济社会发展回顾']) {
      expect(review(title).slice(0, 2)).toEqual(['地区生产总值=3.6@2020/high', '固定资产投资=8.1@2020/high'])
    }
  })

  it('still dates the five years’ paragraph to the span, and the plan to its year', () => {
    expect(review('一、2020年和“十三五”时期工作回顾').slice(2)).toEqual([
      '地区生产总值=6.9@2016-2020/high',
      '新增城镇就业=42@2016-2020/high',
      '地区生产总值=7@2021 target/high',
    ])
  })

  it('leaves the opening inferred when the span, a term or a relative time is named first', () => {
    for (const title of ['一、“十三五”时期和2020年工作回顾', '一、本届政府任期和2020年工作回顾', '一、去年和今年以来工作回顾']) {
      expect(review(title)[0]).toMatch(/\/low$/)
    }
  })
})

describe('a government new in office reviews its first year, not a term', () => {
  it('reads 新一届政府成立以来的工作 as the year reviewed, 本届政府 still as the term', () => {
    expect(titlePeriod('新一届政府成立以来的工作', 1, 2022)).toBe('2021')
    expect(titlePeriod('新一届市人民政府成立以来工作回顾', 1, 2022)).toBe('2021')
    expect(titlePeriod('本届政府工作回顾', 1, 2022)).toBe('2017-2021')
    expect(titlePeriod('第十五届市人民政府工作回顾', 1, 2022)).toBe('2017-2021')
  })

  it('dates the part’s figures to that year', () => {
    expect(dated('一、新一届政府成立以来的工作', '', '全市生产总值增长6.8%，新增城镇就业4.4万人。')).toEqual([
      '生产总值=6.8@2020/high',
      '新增城镇就业=4.4@2020/high',
    ])
  })
})

describe('a review before the first heading the parser knows', () => {
  it('dates each paragraph by the time the paragraphs before it open with, as in a part whose title names none', () => {
    expect(
      dated(
        '各位代表：',
        '',
        '过去五年，我们爬坡过坎、砥砺奋进',
        '',
        '全市地区生产总值年均增长7.2%，累计完成固定资产投资4600亿元。',
        '',
        '一年来，我们重点抓了以下工作：',
        '',
        '稳住经济大盘。全年地区生产总值增长4.1%，新增城镇就业5.3万人。',
        '',
        '2021年，我们要乘势而上',
        '',
        '主要预期目标是：地区生产总值增长7%左右。',
        '',
        '一、建设人民满意的政府',
        '',
        '坚持依法行政。',
      ),
    ).toEqual([
      '地区生产总值=7.2@2016-2020/high',
      '固定资产投资=4600@2016-2020/high',
      '地区生产总值=4.1@2020/high',
      '新增城镇就业=5.3@2020/high',
      '地区生产总值=7@2021 target/high',
    ])
  })

  it('leaves a figure before any time undated and flagged', () => {
    expect(dated('各位代表：', '', '我们攻坚克难，全市地区生产总值增长4.1%。', '', '一、建设人民满意的政府', '', '坚持依法行政。')).toEqual([
      '地区生产总值=4.1@null/low',
    ])
  })
})

describe('parts before any title naming a time', () => {
  it('read on in the time the speech last named before them, flagged', () => {
    expect(
      dated(
        '各位代表：',
        '',
        '刚刚过去的2020年，我们经受住了严峻考验。我们主要做了以下工作：',
        '',
        '（一）稳住经济基本盘',
        '',
        '抓项目建设。全年地区生产总值增长3.1%。',
        '',
        '（二）保障改善民生',
        '',
        '城镇新增就业2.2万人。',
        '',
        '二、2021年工作安排',
        '',
        '地区生产总值增长7%左右。',
      ),
    ).toEqual(['地区生产总值=3.1@2020/low', '城镇新增就业=2.2@2020/low', '地区生产总值=7@2021 target/high'])
  })
})

describe('a part on the five years ahead and the year', () => {
  const plan = (opening: string) =>
    dated(
      '一、2020年工作回顾',
      '',
      '全市地区生产总值增长3.6%。',
      '',
      '二、今后五年及2021年工作',
      '',
      '今后五年，全市地区生产总值年均增长6.5%左右。',
      '',
      opening + '主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。',
    )

  it('gives the plan year the goals a paragraph opening on that year announces', () => {
    for (const opening of ['2021年是新一届政府的开局之年，做好各项工作意义重大。', '今年是“十四五”开局之年。']) {
      expect(plan(opening).slice(2)).toEqual(['地区生产总值=7@2021 target/high', '一般公共预算收入=5@2021 target/high'])
    }
  })

  it('leaves the goals of a paragraph without a time of its own as before (in the years ahead the speech is on)', () => {
    expect(plan('全市经济社会发展的').slice(1)).toEqual([
      '地区生产总值=6.5@2021-2025 target/high',
      '地区生产总值=7@2021-2025 target/high',
      '一般公共预算收入=5@2021-2025 target/high',
    ])
  })
})

describe('an address inside a review part whose title names the year and the five years', () => {
  const review = (address: string) =>
    dated(
      '一、2020年和“十三五”工作回顾',
      '',
      '一年来，我们主要做了以下工作：',
      '',
      '全市地区生产总值增长3.2%。',
      '',
      address,
      '',
      '稳住产业基本盘。规模以上工业增加值增长5.1%。',
    )

  it('naming no time, keeps the year’s speech, as a guess', () => {
    expect(review('各位代表！统筹疫情防控和经济社会发展，是一场大考。').slice(1)).toEqual(['规模以上工业增加值=5.1@2020/low'])
  })

  it('naming a time, turns the speech to the part’s next time', () => {
    expect(review('各位代表！随着2020年目标任务的完成，“十三五”规划圆满收官。').slice(1)).toEqual(['规模以上工业增加值=5.1@2016-2020/low'])
  })
})

describe('a sentence of its own saying what a time was', () => {
  const review = (opening: string) =>
    dated(
      '一、“十三五”时期和2020年工作回顾',
      '',
      opening + '我们攻坚克难，奋力前行。',
      '',
      '综合实力大幅提升。全市地区生产总值突破4000亿元，常住人口城镇化率达到61%。',
    )

  it('dates the paragraphs after it by that time', () => {
    expect(review('过去的五年极不寻常。')).toEqual(['地区生产总值=4000@2016-2020/high', '常住人口城镇化率=61@2016-2020/high'])
    expect(review('过去五年承前启后、继往开来。')).toEqual(['地区生产总值=4000@2016-2020/high', '常住人口城镇化率=61@2016-2020/high'])
  })

  it('not when the sentence is about a thing of that time', () => {
    for (const opening of ['“十三五”能耗目标全面完成。', '过去五年全市经济稳中有进。']) expect(review(opening)[0]).toMatch(/\/low$/)
  })
})

describe('a part on the year and the government\'s term', () => {
  it('turns to the term (the five years) after a paragraph saying the term\'s goals were met, flagged', () => {
    const text = [
      '——2023年1月12日在某省第十四届人民代表大会第一次会议上',
      '一、2022年及本届政府工作回顾',
      '2022年，全省生产总值增长4.7%。',
      '经过全省上下不懈努力，省十三届人大一次会议确定的本届政府目标胜利实现。',
      '一是经济发展量质双升。全省生产总值突破3万亿元，粮食产量稳定在430亿斤以上。',
      '二、2023年工作安排',
      '全省生产总值增长7%左右。',
    ].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => [m.value, m.period, m.confidence.level])).toEqual([
      [4.7, '2022', 'high'],
      [3, '2018-2022', 'low'],
      [430, '2018-2022', 'low'],
      [7, '2023 target', 'high'],
    ])
  })
})

describe('a review part titled for the year and the five years with one 过去 (过去一年和五年工作回顾)', () => {
  const review = () =>
    dated(
      '一、过去一年和五年工作回顾',
      '',
      '过去一年，我们顶住压力，全市地区生产总值增长3.1%。',
      '',
      '各位代表！',
      '',
      '过去五年极不平凡。',
      '',
      '——综合实力明显提升。全市地区生产总值增加到4200亿元，常住人口城镇化率从58.1%提高到63.4%。',
      '',
      '（一）稳住经济大盘。财政赤字率保持在合理水平。十年来，全市居民消费价格涨幅保持在2%左右。',
      '',
      '（二）深化改革。行政许可事项压减60%，新增市场主体12万户。',
      '',
      '二、2021年工作安排',
      '',
      '全市地区生产总值增长6%左右。',
    )

  it('reads the title as naming both times: the year first, then the five years, as 过去一年和过去五年 would be', () => {
    expect(titlePeriod('一、过去一年和五年工作回顾', 1, 2021)).toBe('2016-2020')
    expect(review().slice(0, 4)).toEqual([
      '地区生产总值=3.1@2020/high',
      '地区生产总值=4200@2016-2020/high',
      '常住人口城镇化率=58.1@2015/high',
      '常住人口城镇化率=63.4@2020/high',
    ])
  })

  it('takes a later sentence looking back further than the title (十年来) as an aside: it dates its sentence, hands nothing on', () => {
    const figures = review()
    expect(figures).toContain('居民消费价格=2@2011-2020/high')
    expect(figures).toContain('行政许可事项=-60@2016-2020/high')
    expect(figures).toContain('新增市场主体=12@2016-2020/high')
  })
})
