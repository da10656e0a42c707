import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: outcome-count', () => {
  it('counts places and organisations by what happened in them', () => {
    expect(lvu('36个市县隐性债务提前清零。')).toEqual([['隐性债务提前清零的市县', 36, '个']])
    expect(lvu('14个市州空气质量全面达标。')).toEqual([['空气质量全面达标的市州', 14, '个']])
    expect(lvu('3家企业主板上市。')).toEqual([['主板上市的企业', 3, '家']])
  })
  it('leaves a noun that is a thing of its own', () => {
    expect(lvu('建成12个社区卫生服务中心。')).toEqual([['社区卫生服务中心', 12, '个']])
  })
  it('counts the works of the places when all of them did the deed (全部), named alone as the label files do', () => {
    expect(lvu('68个乡镇生活垃圾转运站全部达标。')).toEqual([['乡镇生活垃圾转运站', 68, '个']])
    expect(lvu('21个县区污水处理厂全部投产。')).toEqual([['县区污水处理厂', 21, '个']])
    // What happened in the places themselves stays theirs, with 全部 or not.
    expect(lvu('17个市县隐性债务全部清零。')).toEqual([['隐性债务全部清零的市县', 17, '个']])
  })
})
