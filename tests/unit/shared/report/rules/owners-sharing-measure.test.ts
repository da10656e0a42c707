import { describe, expect, it } from 'vitest'
import { ownersSharingMeasure } from '../../../../../src-shared/report/rules/owners-sharing-measure'
import { lvu } from '../figures'

describe('rule: owners-sharing-measure (甲集团、乙银行资产总额分别…)', () => {
  it('gives the measure after the last owner to each owner before it', () => {
    expect(lvu('某某控股集团、某某农商银行资产总额分别突破900亿元、650亿元。').map((f) => f[0])).toEqual([
      '某某控股集团资产总额',
      '某某农商银行资产总额',
    ])
    expect(lvu('东湖湿地、西山林场治理率分别提升至45%和70%。').map((f) => f[0])).toEqual(['东湖湿地治理率', '西山林场治理率'])
    expect(lvu('个体工商户、私营企业户数分别增长8.2%和12.5%。').map((f) => f[0])).toEqual(['个体工商户户数', '私营企业户数'])
    expect(lvu('甲纸业、乙集团、丙集团营收分别突破300亿元、200亿元、150亿元。').map((f) => f[0])).toEqual([
      '甲纸业营收',
      '乙集团营收',
      '丙集团营收',
    ])
  })

  it('splits the last item where the longest measure the vocabulary knows begins', () => {
    // 总收入, not 收入: 旅游 is the owner, shorter than the visitors; the list is no list of owners.
    expect(ownersSharingMeasure(['入境游客', '旅游总收入'])).toBeNull()
    expect(ownersSharingMeasure(['高中阶段', '高等教育毛入学率'])).toEqual(['高中阶段毛入学率', '高等教育毛入学率'])
  })

  it('leaves owners as written when the last owner is much longer or the first measures something already', () => {
    // 公司 belongs to the last owner: split after 林草生态 it would give the first one 公司利润.
    expect(ownersSharingMeasure(['能源集团', '林草生态公司利润'])).toBeNull()
    // 三公经费 is measured already: 一般性支出 is a thing of its own.
    expect(ownersSharingMeasure(['三公经费', '一般性支出'])).toBeNull()
    expect(ownersSharingMeasure(['实际使用外资', '外贸进出口总额'])).toBeNull()
    expect(lvu('市场主体、注册资金分别增长12%、20%。').map((f) => f[0])).toEqual(['市场主体', '注册资金'])
  })
})
