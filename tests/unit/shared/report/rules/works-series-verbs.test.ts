import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** rules/verb-item.ts (a series of deeds on one noun), the adverbs a word ends in (rules/clause.ts) and 年前 before a zone. */
describe('a series of deeds on one noun', () => {
  it('gives each deed the noun, not the verbs chained to the first deed', () => {
    expect(lvu('开工建设公租房2000套、竣工1800套、分配1500套。').map(([l]) => l)).toEqual(['开工建设公租房', '竣工公租房', '分配公租房'])
    expect(lvu('新开工安置房3000套、供应2500套。').map(([l]) => l)).toEqual(['新开工安置房', '供应安置房'])
  })
  it('never cuts a word that ends in the character of an adverb', () => {
    expect(lvu('城市燃气供应12亿立方米。').map(([l]) => l)).toEqual(['城市燃气供应'])
    expect(lvu('全年建设用地供应4.5万亩。').map(([l]) => l)).toEqual(['建设用地供应'])
    // 相应 before the verb is an adverb, whole: no 相 is left.
    expect(lvu('城乡居民医保住院报销比例相应提高5个百分点。').map(([l]) => l)).toEqual(['城乡居民医保住院报销比例'])
    // 比重 then the modal 要: 要 still goes.
    expect(lvu('研发经费投入占生产总值的比重要达到2.5%。').map(([l]) => l)[0]).toMatch(/比重$/u)
  })
})

describe('a zone whose name opens with 前 after a year', () => {
  it('keeps 前 when it opens the name of a zone', () => {
    expect(figures('到2027年前湾新区工业总产值突破600亿元。').map((m) => m.label)).toEqual(['前湾新区工业总产值'])
  })
  it('still reads 年前 as a time before anything else', () => {
    expect(figures('2030年前规模以上工业企业达到800家。').map((m) => m.label)).toEqual(['规模以上工业企业'])
    expect(figures('到2030年前全区生产总值达到900亿元。').map((m) => m.label)).toEqual(['生产总值'])
  })
})
