import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a size class written with 元 (亿元级, 千亿元级) names the things counted, as 百亿级 does', () => {
  it('reads the class into the noun and no amount out of it', () => {
    expect(lvu('推进50个百亿元级项目、800个亿元级项目。')).toEqual([
      ['百亿元级项目', 50, '个'],
      ['亿元级项目', 800, '个'],
    ])
    expect(lvu('全市建成4个千亿元级产业园区。')).toEqual([['千亿元级产业园区', 4, '个']])
    expect(lvu('培育一批百亿元级龙头企业。')).toEqual([])
    // A series of sizes closed by one 级 names a class each: none of them is a figure.
    expect(lvu('打造一批产值过5亿、10亿、30亿级的企业，新增2家上市公司。')).toEqual([['新增上市公司', 2, '家']])
  })

  it('counts milestones of such a size as steps passed, no figure, and lets the growth after take the level’s subject', () => {
    expect(lvu('全市地区生产总值达2.1万亿元，五年跨过2个千亿元级台阶、年均增长6%。')).toEqual([
      ['地区生产总值', 2.1, '万亿元'],
      ['地区生产总值', 6, '%'],
    ])
  })
})
