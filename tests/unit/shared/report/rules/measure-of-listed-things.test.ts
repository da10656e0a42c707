import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: measure-of-listed-things', () => {
  it('gives a measure added after 分别 to each of the things just counted, without the deed they share', () => {
    expect(lvu('新建养老机构12家、社区养老服务中心30个，分别增加床位1200张、600张。').slice(2)).toEqual([
      ['养老机构增加床位', 1200, '张'],
      ['社区养老服务中心增加床位', 600, '张'],
    ])
    expect(lvu('完成新（改、扩）建幼儿园45所、义务教育阶段学校19所、普通高中2所，分别新增学位1.8万个、2.2万个、3500个。').slice(3).map((f) => f[0])).toEqual([
      '幼儿园新增学位',
      '义务教育阶段学校新增学位',
      '普通高中新增学位',
    ])
  })
  it('leaves shares, levels and as many values as no things counted', () => {
    expect(lvu('城镇、农村居民收入分别增长5%、6%，分别达到4万元、2万元。').map((f) => f[0])).toEqual(['城镇居民收入', '农村居民收入', '城镇居民收入', '农村居民收入'])
    expect(lvu('新建养老机构12家，分别增加床位1200张、600张。').slice(1).map((f) => f[0])).not.toContain('养老机构增加床位')
  })
})
