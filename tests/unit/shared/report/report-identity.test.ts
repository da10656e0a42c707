import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { reportPlaceOf, reportYearOf } from '../../../../src-shared/report/report-identity'

describe('the report’s year and place', () => {
  it('takes the year from the speaker line, the title, the headings or the text, in that order', () => {
    expect(reportYearOf({ title: '2019年政府工作报告', text: '——2020年1月8日在某县人民代表大会上', headings: [] })).toBe(2020)
    expect(reportYearOf({ title: '2021年某某市政府工作报告', text: '', headings: [] })).toBe(2021)
    expect(reportYearOf({ title: '', text: '', headings: ['2022年工作回顾', '2023年工作安排'] })).toBe(2023)
    expect(reportYearOf({ title: '', text: '', headings: ['“十四五”时期工作回顾', '“十五五”时期的主要目标任务'] })).toBe(2026)
    expect(reportYearOf({ title: '', text: '各位代表：\n刚刚过去的2019年，全县…', headings: ['工作回顾'] })).toBe(2020)
    expect(reportYearOf({ title: '', text: '各位代表：', headings: [] })).toBeNull()
    // A first part titled with no year, whose first paragraph opens on the year it reviews.
    const opening = '各位代表：\n现在，我代表州人民政府向大会报告工作。\n一、攻坚克难，发展取得新成绩\n2021年是新一届政府的开局之年。'
    expect(reportYearOf({ title: '', text: opening, headings: ['攻坚克难，发展取得新成绩'] })).toBe(2022)
    expect(reportYearOf({ title: '', text: opening.replace('2021年是', '一年来，2021年'), headings: [] })).toBeNull()
    // 主要工作 names the work of either year: a later heading that plans the next year says it was the year done.
    expect(reportYearOf({ title: '', text: '', headings: ['2015年主要工作', '2016年工作总体要求', '2016年重点工作'] })).toBe(2016)
    expect(reportYearOf({ title: '', text: '', headings: ['2016年主要工作'] })).toBe(2016)
    expect(reportYearOf({ title: '', text: '', headings: ['本届政府工作回顾', '2024年工作重点'] })).toBe(2024)
    // A heading on one plan's achievements and the next plan's goals stands at the turn between them.
    expect(reportYearOf({ title: '', text: '', headings: ['一、“十三五”发展成就及“十四五”主要目标', '二、今年工作'] })).toBe(2021)
    // A plan wrapped up (收官) is reviewed: the report is of the year after it.
    expect(reportYearOf({ title: '', text: '', headings: ['一、“十三五”规划圆满收官，某市站在新起点'] })).toBe(2021)
  })
  it('dates a report given at a session in November or December to the year it plans', () => {
    const head = (date: string) => `——${date}在某某市第八届人民代表大会第一次会议上\n市长 某某\n各位代表：`
    expect(reportYearOf({ title: '', text: head('2021年12月29日'), headings: ['一、本届政府及2021年工作回顾', '三、2022年工作安排'] })).toBe(2022)
    expect(reportYearOf({ title: '', text: head('2022年11月30日'), headings: [] })).toBe(2023)
    expect(reportYearOf({ title: '', text: head('2023年1月6日'), headings: [] })).toBe(2023)
    const r = analyzeReportText(`${head('2021年12月29日')}\n一、2021年工作回顾\n全市地区生产总值增长7.5%。\n二、2022年工作安排\n地区生产总值增长7%左右。`)
    expect([r.year, r.place]).toEqual([2022, '某某市'])
    expect(r.metrics.map((m) => m.period)).toEqual(['2021', '2022 target'])
  })
  it('takes the place from the title, the head, or the province the text names most', () => {
    expect(reportPlaceOf('2024年某某市政府工作报告', '')).toBe('某某市')
    expect(reportPlaceOf('', '各位代表：\n现在，我代表海拉尔区人民政府，向大会报告工作。')).toBe('海拉尔区')
    expect(reportPlaceOf('', '各位代表：\n我代表省人民政府，向大会报告工作。\n青海发展…青海…青海…')).toBe('青海省')
    // A prefecture's report names its level only; the text names the prefecture by its short name.
    expect(reportPlaceOf('', '各位代表：\n我代表州人民政府，向大会报告工作。\n红河州的发展…全州…红河州…')).toBe('红河哈尼族彝族自治州')
    expect(reportPlaceOf('', '各位代表：\n我代表州人民政府，向大会报告工作。\n全州上下…')).toBeNull()
    expect(reportPlaceOf('', '各位代表：\n我代表市人民政府，向大会报告工作。')).toBeNull()
    // The government's term before its level is no place: the level still is.
    expect(reportPlaceOf('', '各位代表：\n我代表第九届省人民政府，向大会报告工作。\n青海发展…青海…青海…')).toBe('青海省')
    expect(reportPlaceOf('', '各位代表：\n我代表第十届某某市人民政府，向大会报告工作。')).toBe('某某市')
    // 我代表自治州人民政府: the prefecture whose short name the text uses.
    expect(reportPlaceOf('', '——2023年1月6日在自治州第十五届人民代表大会第二次会议上\n各位代表：\n现在，我代表自治州人民政府向大会报告工作。\n巴州发展…巴州…')).toBe('巴音郭楞蒙古自治州')
    // A prefecture named by its short name in the meeting is the prefecture in full.
    expect(reportPlaceOf('', '——2022年1月8日在黔东南州第十五届人民代表大会第一次会议上\n各位代表：')).toBe('黔东南苗族侗族自治州')
  })
  it('a report pasted without its title still has its year, place and periods', () => {
    const r = analyzeReportText('各位代表：\n现在，我代表某某县人民政府，向大会报告工作。\n一、2023年工作回顾\n全县地区生产总值增长5.1%。\n二、2024年工作安排\n地区生产总值增长6%左右。')
    expect([r.title, r.year, r.place]).toEqual(['', 2024, '某某县'])
    expect(r.metrics.map((m) => m.period)).toEqual(['2023', '2024 target'])
  })
})
