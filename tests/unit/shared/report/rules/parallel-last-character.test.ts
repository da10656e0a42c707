import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'
import { parallelLastCharacter } from '../../../../../src-shared/report/rules/parallel-last-character'

describe('rule: parallel-last-character (高新区、经开区营业收入)', () => {
  it('gives the first items the measure after a part of the last one that ends as they do', () => {
    expect(lvu('开发区、保税区进出口额分别增长9%、14%。').map((f) => f[0])).toEqual(['开发区进出口额', '保税区进出口额'])
    expect(lvu('用能权、排污权交易额分别达到3亿元、5亿元。').map((f) => f[0])).toEqual(['用能权交易额', '排污权交易额'])
    expect(lvu('政务通、医保通、社保通使用率分别达到60%、70%、80%。').map((f) => f[0])).toEqual([
      '政务通使用率', '医保通使用率', '社保通使用率',
    ])
  })
  it('finds where the parallel part ends, or nothing', () => {
    expect(parallelLastCharacter(['开发区'], '保税区进出口额')).toBe(3)
    expect(parallelLastCharacter(['用能权'], '碳排放权交易额')).toBe(4)
    // Lengths far apart: 学 inside 学院 is no end of a parallel part.
    expect(parallelLastCharacter(['某某科技大学', '某某大学'], '某某工程学院成果转化指数')).toBe(-1)
    // The character again right after: the part runs on (工业水源).
    expect(parallelLastCharacter(['饮用水'], '工业水源水质达标率')).toBe(-1)
    // A joiner: the list is still being read.
    expect(parallelLastCharacter(['地表水'], '地下水和集中饮用水达标率')).toBe(-1)
    // Nothing after the part but one character, or an item too short to say.
    expect(parallelLastCharacter(['开发区'], '保税区数')).toBe(-1)
    expect(parallelLastCharacter(['城镇'], '农村居民收入')).toBe(-1)
  })
  it('leaves lists whose items end in a measure of their own alone', () => {
    expect(lvu('事故起数、死亡人数分别下降12%、20%。').map((f) => f[0])).toEqual(['事故起数', '事故死亡人数'])
  })
})

describe('rule: parallel-last-character, where the rest is no measure', () => {
  it('leaves items alone when what follows ends in no measure (案件受理)', () => {
    expect(parallelLastCharacter(['刑事立案'], '治安案件受理')).toBe(-1)
    expect(lvu('盗窃立案、治安案件受理分别下降8%、6%。').map((f) => f[0])).toEqual(['盗窃立案', '治安案件受理'])
  })
})
