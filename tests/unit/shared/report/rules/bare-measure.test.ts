import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: bare-measure', () => {
  it('gives a bare measure the works the sentence is about, after a count of them', () => {
    expect(lvu('市级重点项目260个，完成投资1800亿元以上。')).toEqual([
      ['市级重点项目', 260, '个'],
      ['市级重点项目投资', 1800, '亿元'],
    ])
    expect(lvu('推进总投资900亿元的120个产业项目，力争年内完成投资300亿元。')).toEqual([
      ['产业项目', 120, '个'],
      ['产业项目投资', 300, '亿元'],
    ])
  })
  it('drops a bare measure when the sentence names no works', () => {
    expect(lvu('全年共完成投资3.5亿元。')).toEqual([])
    expect(lvu('城镇新增就业2万人，完成投资8亿元。')).toEqual([['城镇新增就业', 2, '万人']])
  })
})
