import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** Texts taken from PDF or print layout put spaces beside digits and inside words (rules/clause.ts cleanLabel). */
describe('labels of a text spaced by its layout', () => {
  it('reads a spaced year (到 2020 年) out of the label, as an unspaced one', () => {
    expect(figures('二、今后五年目标', '到 2029 年森林覆盖率达 66.5% ，新能源总装机达 420 万千瓦。').map((m) => [m.label, m.value, m.unit])).toEqual([
      ['森林覆盖率', 66.5, '%'],
      ['新能源总装机', 420, '万千瓦'],
    ])
  })

  it('closes a space inside a name (增加 值, 农村 常住 居民) but keeps one between Latin words', () => {
    expect(figures('高新技术产业增加 值达到860亿元，农村 常住 居民人均可支配收入达 1.6 万元，Micro LED 产业产值达到40亿元。').map((m) => m.label)).toEqual([
      '高新技术产业增加值',
      '农村常住居民人均可支配收入',
      'Micro LED产业产值',
    ])
  })
})
