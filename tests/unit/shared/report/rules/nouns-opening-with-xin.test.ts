import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb, items whose name opens with 新', () => {
  it('gives the series verb to an item named 新三板…, 新型…, 新能源…', () => {
    expect(lvu('新增上市公司4家、新三板挂牌企业26家。')).toEqual([
      ['新增上市公司', 4, '家'],
      ['新增新三板挂牌企业', 26, '家'],
    ])
    expect(lvu('新增家庭农场800家、新型农业经营主体1200个、新能源汽车充电桩3000个。')).toEqual([
      ['新增家庭农场', 800, '家'],
      ['新增新型农业经营主体', 1200, '个'],
      ['新增新能源汽车充电桩', 3000, '个'],
    ])
  })
  it('leaves an item that opens with a verb of its own', () => {
    expect(lvu('新增家庭农场800家、新建冷库12座。')[1]).toEqual(['新建冷库', 12, '座'])
  })
})
