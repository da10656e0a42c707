import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('a size class shared by the items of a list', () => {
  it('gives each verb of a list the size class of the things they share (亿元以上产业项目)', () => {
    expect(lvu('力争全年新引进、新开工、新竣工亿元以上工业项目分别达到80个、60个、40个。')).toEqual([
      ['新引进亿元以上工业项目', 80, '个'],
      ['新开工亿元以上工业项目', 60, '个'],
      ['新竣工亿元以上工业项目', 40, '个'],
    ])
    expect(lvu('开工、竣工亿元以上重点项目分别为126个、98个。')).toEqual([
      ['开工亿元以上重点项目', 126, '个'],
      ['竣工亿元以上重点项目', 98, '个'],
    ])
  })
  it('leaves each item its own size class when an earlier one has one', () => {
    expect(lvu('新开工10亿元以上、亿元以上项目分别达12个、65个。').map(([l]) => l)).not.toContain('新开工10亿元以上亿元以上项目')
  })
})

describe('rule: bound-class-series, things of a kind', () => {
  it('gives a later class the measure the first one bounds, when the first names a kind of the same things', () => {
    expect(lvu('培育年销售收入过5亿元骨干企业8家、过亿元企业30家。')).toEqual([
      ['年销售收入过5亿元骨干企业', 8, '家'],
      ['年销售收入过亿元企业', 30, '家'],
    ])
  })
  it('gives nothing to other things', () => {
    expect(lvu('培育年销售收入过5亿元骨干企业8家、过亿元项目30个。').map(([l]) => l)).toContain('过亿元项目')
  })
})
