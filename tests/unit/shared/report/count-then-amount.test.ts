import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a count of things, then an amount of the same things before its own noun', () => {
  it('both are figures: the count of the noun, the amount of what the noun holds or gets', () => {
    expect(lvu('全年整合36家市属企业900亿元经营性资产。')).toEqual([
      ['市属企业', 36, '家'],
      ['市属企业经营性资产', 900, '亿元'],
    ])
    expect(lvu('实施25个行政村41.5公里道路硬化，新建村级活动场所8个。')).toEqual([
      ['行政村', 25, '个'],
      ['行政村道路硬化', 41.5, '公里'],
      ['新建村级活动场所', 8, '个'],
    ])
  })

  it('no pair when the words between are more than a noun, or the second figure is a time', () => {
    // A verb, a share per head or a measure between the figures: the count stays an attribute, as before.
    expect(lvu('对6家县级医院给予1.2亿元补助。')).toEqual([])
    expect(lvu('开工4条总长96公里城市快速路。').map(([, v, u]) => `${v}${u}`)).not.toContain('4条')
    // 24小时 is how long, not how much of the 卡口.
    expect(lvu('全市300个卡口实行24小时值守。').map(([, v, u]) => `${v}${u}`)).not.toContain('24小时')
    expect(lvu('12个项目3个工作日内办结。').map(([, v, u]) => `${v}${u}`)).not.toContain('3个工作日')
  })
})
