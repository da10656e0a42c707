import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: contribution-of', () => {
  it('gives a contribution the subject of the figure just before it', () => {
    expect(lvu('全县服务业增加值增长6.2%，对全县经济增长贡献率48.5%。')).toEqual([
      ['服务业增加值', 6.2, '%'],
      ['服务业对全县经济增长贡献率', 48.5, '%'],
    ])
    expect(lvu('其中民间投资增长4%，对全市投资增长的贡献率达到61%。').map((f) => f[0])).toEqual([
      '民间投资',
      '民间投资对全市投资增长的贡献率',
    ])
  })
  it('leaves a contribution alone after a clause without a figure', () => {
    expect(lvu('数字经济发展势头强劲，对全区经济增长的贡献率超过30%。').map((f) => f[0])).toEqual(['对全区经济增长的贡献率'])
  })
})
