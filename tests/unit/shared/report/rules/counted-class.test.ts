import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: counted-class', () => {
  it('names a count of a class of things by the bound of their size, and drops the bound', () => {
    expect(lvu('完成126个投资2000万元以上工业技改项目。')).toEqual([['投资2000万元以上工业技改项目', 126, '个']])
    expect(lvu('新建8个建筑面积1万平方米以上的标准化厂房。')).toEqual([['建筑面积1万平方米以上标准化厂房', 8, '个']])
  })
  it('leaves a count whose noun is no measure to the other rules', () => {
    expect(lvu('推进66个重点项目54亿元的投资计划。')).toEqual([
      ['重点项目', 66, '个'],
      ['重点项目投资计划', 54, '亿元'],
    ])
  })
})
