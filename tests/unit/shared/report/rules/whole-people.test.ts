import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: whole-people', () => {
  it('reads no figure in a whole people named by its number (…万人民)', () => {
    expect(figures('我们与全市1600多万人民同心携手，共克时艰。')).toEqual([])
    expect(figures('重振雄风已经成为720万人民群众坚定不移的信念。')).toEqual([])
  })
  it('still reads the people counted in 万人 and the population as a level', () => {
    expect(lvu('全市常住人口达到1600万人。')).toEqual([['常住人口', 1600, '万人']])
    expect(lvu('帮助12万人实现稳定就业。').map((v) => v[1])).toEqual([12])
  })
})
