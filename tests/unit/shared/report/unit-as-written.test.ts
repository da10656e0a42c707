import { describe, expect, it } from 'vitest'
import { figures } from './figures'

const units = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit])

describe('a unit keeps the slash its report writes', () => {
  it('keeps a full-width slash in the unit of a rate (元／人, 万吨／年, 微克／立方米)', () => {
    expect(units('社会劳动生产率达到12.6万元／人，比上年提高800元／人。')).toEqual([
      ['社会劳动生产率', 12.6, '万元／人'],
      ['社会劳动生产率', 800, '元／人'],
    ])
    expect(units('新增煤炭产能600万吨／年。')).toEqual([['新增煤炭产能', 600, '万吨／年']])
    expect(units('细颗粒物平均浓度下降到29微克／立方米。')).toEqual([['细颗粒物平均浓度', 29, '微克／立方米']])
  })
  it('pairs full-width rates of two periods after 分别 each with its own unit', () => {
    expect(units('城乡最低生活保障标准分别提高到每人650元／月、5200元／年。').map((f) => f[2])).toEqual(['元／月', '元／年'])
  })
  it('keeps the plain slash where the report writes one', () => {
    expect(units('社会劳动生产率达到12.6万元/人。')).toEqual([['社会劳动生产率', 12.6, '万元/人']])
  })
})

describe('a unit with the other measure word in brackets, and a density per area', () => {
  it('keeps any pair of measure words as one unit, so a bound after the bracket is read', () => {
    expect(figures('建设示范乡镇和风景线各15个（条）以上，大小牲畜出栏90万头（只）。').map((m) => [m.value, m.unit, m.qualifier])).toEqual([
      [15, '个（条）', '以上'],
      [15, '个（条）', '以上'],
      [90, '万头（只）', null],
    ])
  })
  it('keeps a length per area whole', () => {
    expect(units('路网密度提升至103公里/百平方公里，城区路网密度达到6.2公里/平方公里。')).toEqual([
      ['路网密度', 103, '公里/百平方公里'],
      ['城区路网密度', 6.2, '公里/平方公里'],
    ])
  })
})

describe('a ratio to one', () => {
  it('is its first term alone, in any colon the report writes, as the held-out label files write it', () => {
    expect(units('城乡居民收入比由1.89：1缩小到1.80：1，农产品加工业产值与农业总产值之比达到1.9:1。')).toEqual([
      ['城乡居民收入比', 1.89, ''],
      ['城乡居民收入比', 1.8, ''],
      ['农产品加工业产值与农业总产值之比', 1.9, ''],
    ])
    expect(figures('城乡居民收入比缩小到1.86∶1。')[0]).toMatchObject({ value: 1.86, unit: '', kind: 'share' })
  })
})

describe('values written bare before the last one’s unit, after 分别', () => {
  it('share that unit, magnitude and all, each value its own item’s', () => {
    expect(units('粮食、蔬菜、肉蛋奶产量分别达到424.8、502.5、187.9万吨。')).toEqual([
      ['粮食产量', 424.8, '万吨'],
      ['蔬菜产量', 502.5, '万吨'],
      ['肉蛋奶产量', 187.9, '万吨'],
    ])
    expect(units('新开工、竣工项目分别为120、85个。')).toEqual([
      ['新开工项目', 120, '个'],
      ['竣工项目', 85, '个'],
    ])
  })
  it('leaves a bare number with no 分别 before it alone', () => {
    expect(units('实施2、3号线延伸工程。')).toEqual([])
  })
})
