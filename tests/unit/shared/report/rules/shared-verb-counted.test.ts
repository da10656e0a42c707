import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

/**
 * shared-verb over counts before their nouns: `新增2个A、3个B` counts B added as well (新增B), as `新增A2个、B3个` does; a
 * verb inside the first noun, a share, and a list with a verb of its own do not carry.
 */
describe('a defining verb over a series of counts before their nouns', () => {
  it('carries the verb of the first count to the next ones', () => {
    expect(lvu('全年新增3家省级农业龙头企业、12个家庭农场示范场、2个农产品加工园区。')).toEqual([
      ['新增省级农业龙头企业', 3, '家'],
      ['新增家庭农场示范场', 12, '个'],
      ['新增农产品加工园区', 2, '个'],
    ])
    expect(lvu('新建6个城市书房、40个农家书屋。')).toEqual([
      ['新建城市书房', 6, '个'],
      ['新建农家书屋', 40, '个'],
    ])
  })
  it('leaves a verb inside the first noun and shares alone', () => {
    expect(lvu('全县126个零售网点、9个连锁超市全部开通线上服务。').map(([label]) => label)).not.toContain('零售连锁超市')
    expect(lvu('全县126个零售网点、9个连锁超市全部开通线上服务。').map(([label]) => label)).toContain('连锁超市')
    expect(lvu('推进60项新增投资重大项目、80项重大技改项目。').map(([label]) => label)).toContain('重大技改项目')
  })
})
