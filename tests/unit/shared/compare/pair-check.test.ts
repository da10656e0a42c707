import { describe, expect, it } from 'vitest'
import { checkPair, neighbourReport, needsConfirmation, pairDoubts, placeMatch, yearMatch } from '../../../../src-shared/compare/pair-check'

describe('whether two reports make a pair', () => {
  it('knows one place under two names, and two places under one word', () => {
    expect(placeMatch('海拉尔区', '海拉尔区')).toBe('same')
    expect(placeMatch('呼伦贝尔市海拉尔区', '海拉尔区')).toBe('same')
    expect(placeMatch('海拉尔区人民政府', '海拉尔区')).toBe('same')
    expect(placeMatch('吉林省', '吉林市')).toBe('different')
    expect(placeMatch('甘肃省', '海南省')).toBe('different')
    expect(placeMatch(null, '海拉尔区')).toBe('unknown')
    expect(placeMatch('区', '海拉尔区')).toBe('unknown')
  })

  it('wants consecutive years, last year’s first', () => {
    expect(yearMatch(2016, 2017)).toBe('consecutive')
    expect(yearMatch(2017, 2016)).toBe('reversed')
    expect(yearMatch(2016, 2018)).toBe('other')
    expect(yearMatch(null, 2018)).toBe('unknown')
  })

  it('asks a person when anything is doubtful, and says what in one sentence each', () => {
    const hailar16 = { year: 2016, place: '海拉尔区' }
    const hailar17 = { year: 2017, place: '海拉尔区' }
    expect(needsConfirmation(checkPair(hailar16, hailar17))).toBe(false)
    expect(pairDoubts(hailar16, hailar17)).toEqual([])
    expect(pairDoubts({ year: 2016, place: '甘肃省' }, hailar17)).toEqual(['两份报告不是同一地区的（甘肃省、海拉尔区）。'])
    expect(pairDoubts({ year: 2016, place: null }, hailar17)).toEqual(['无法确定两份报告是否同一地区（地区不明、海拉尔区）。'])
    expect(pairDoubts(hailar17, hailar16)).toEqual(['上年报告（2017年）比本年报告（2016年）晚一年，顺序颠倒了。'])
    expect(pairDoubts({ year: 2015, place: '海拉尔区' }, hailar17)).toEqual(['两份报告的年份不相邻（2015年、2017年）。'])
    expect(needsConfirmation(checkPair({ year: null, place: '海拉尔区' }, hailar17))).toBe(true)
  })

  it('finds last year’s (or next year’s) report of the same place in a listing, the first listed when several', () => {
    const list = [
      { id: 'a', year: 2017, place: '海拉尔区' },
      { id: 'b', year: 2016, place: '甘肃省' },
      { id: 'c', year: 2016, place: '呼伦贝尔市海拉尔区' },
      { id: 'd', year: 2016, place: '海拉尔区' },
      { id: 'e', year: 2018, place: '海拉尔区' },
    ]
    expect(neighbourReport(list[0]!, list, -1)?.id).toBe('c')
    expect(neighbourReport(list[0]!, list, 1)?.id).toBe('e')
    expect(neighbourReport(list[4]!, list, 1)).toBeNull()
    expect(neighbourReport({ id: 'x', year: null, place: '海拉尔区' }, list, -1)).toBeNull()
  })
})
