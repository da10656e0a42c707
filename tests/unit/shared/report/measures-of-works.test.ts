import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

const labels = (...body: string[]) => figures(...body).map((m) => [m.label, m.value])

describe('a rate of works named without the works', () => {
  it('is the rate of the works the sentence counts, and the next rate too', () => {
    expect(labels('312个重点项目全部开复工，投资完成率106.5%，资金到位率92.3%。')).toEqual([
      ['重点项目', 312],
      ['重点项目投资完成率', 106.5],
      ['重点项目资金到位率', 92.3],
    ])
  })

  it('hands itself to a gap after it, and the works to a share after the works’ measure', () => {
    expect(labels('全年实施亿元以上项目260个，开复工率96%，高于上年8个百分点。').slice(1)).toEqual([
      ['亿元以上项目开复工率', 96],
      ['亿元以上项目开复工率', 8],
    ])
    expect(labels('开工项目420个，开工率31.2%，完成投资98亿元，占估算总投资的18%。').slice(2)).toEqual([
      ['开工项目投资', 98],
      ['开工项目占估算总投资比重', 18],
    ])
  })

  it('stays for a person to name when the sentence counts no works', () => {
    const [rate] = figures('开工率达到88%。')
    expect(rate?.label).toBe('开工率')
    expect(rate && needsCheck(rate)).toBe(true)
  })
})

describe('a growth right after the works’ measure', () => {
  it('is the measure’s growth, not the works’', () => {
    expect(labels('签约招商引资项目150个，合同资金480亿元，同比增长36%。')).toEqual([
      ['签约招商引资项目', 150],
      ['签约招商引资项目合同资金', 480],
      ['签约招商引资项目合同资金', 36],
    ])
    expect(labels('省级重点项目380个，完成投资3100亿元，增长11%。').slice(1)).toEqual([
      ['省级重点项目投资', 3100],
      ['省级重点项目投资', 11],
    ])
  })

  it('leaves a growth after the size of the thing itself to the thing', () => {
    expect(labels('中央对地方转移支付增加约1.2万亿元、规模近8.9万亿元，增长15%。').map((f) => f[0])).toEqual([
      '中央对地方转移支付',
      '中央对地方转移支付规模',
      '中央对地方转移支付',
    ])
  })
})
