import { describe, expect, it } from 'vitest'
import { reportPlaceOf } from '../../../../src-shared/report/report-identity'

/** The place from the report's head (speaker-line.ts), in the forms the sweep of unlabelled reports met. */
describe('the report’s place from its head', () => {
  it('reads the meeting on a date line that ends at 会议 without 上', () => {
    expect(reportPlaceOf('', '——2019年1月8日在某某市第十五届人民代表大会第二次会议\n各位代表：\n现在，我代表市人民政府向大会报告工作。')).toBe('某某市')
  })

  it('reads no place from a government named by its term alone (我代表州第十四届人民政府), but its level', () => {
    const text = '——2022年2月10日在州第十五届人民代表大会第一次会议上\n各位代表：\n现在，我代表州第十四届人民政府，向大会报告工作。楚雄州经济平稳，楚雄州人口稳定。'
    expect(reportPlaceOf('', text)).toBe('楚雄彝族自治州')
    expect(reportPlaceOf('', text.replace(/楚雄州/g, '本州'))).toBeNull()
  })

  it('places a city report whose head names no city by the city its text names most, clearly', () => {
    const head = '2020年1月7日在市四届人大五次会议上\n市人民政府市长 某某\n各位代表：\n现在，我代表市人民政府向大会作工作报告。\n'
    const body = '一、2019年工作回顾\n刚刚过去的一年，是蚌埠发展进程中极不寻常的一年。全市经济稳中有进，蚌埠工业增长8%，蚌埠港吞吐量增长12%。与合肥协同发展。蚌埠高新区、蚌埠经开区加快建设。\n'
    expect(reportPlaceOf('', head + body)).toBe('蚌埠市')
    // A set phrase holding a city's name (长治久安) says nothing of the city; with no clear lead there is no place.
    expect(reportPlaceOf('', head + '一、2019年工作回顾\n全市社会长治久安，长治久安，长治久安，长治久安，长治久安。与合肥、芜湖协同。'.repeat(1))).toBeNull()
    expect(reportPlaceOf('', head + '一、2019年工作回顾\n合肥合肥合肥芜湖芜湖芜湖全市。')).toBeNull()
  })

  it('reads a report with no head as a city\'s when it speaks of 全市 and 我市 more than of a province', () => {
    const text = '一、过去四年工作回顾\n全市经济增长，我市工业增长，全市投资增长，全市消费增长，我市出口增长。西宁西宁西宁西宁西宁发展，与兰州合作。'
    expect(reportPlaceOf('', text)).toBe('西宁市')
    expect(reportPlaceOf('', text.replace(/全市|我市/g, '全省'))).toBeNull()
  })
})
