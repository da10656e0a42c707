import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const checked = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.confidence.level])

describe('rule: served-beneficiary', () => {
  it('flags a count of the people a service was done for when the label keeps none of the service', () => {
    expect(checked('为2.4万名残疾人提供精准康复服务。')).toEqual([['残疾人', 2.4, 'low']])
    expect(checked('全市共为860名困难老人免费安装助听器。')).toEqual([['困难老人', 860, 'low']])
  })
  it('leaves a label that names the service, and a 为 that ends a verb of becoming', () => {
    expect(checked('为3.2万户居民发放租房补贴。').map(([, , c]) => c)).toEqual(['high'])
    expect(checked('市属国企整合为12家。').map(([, , c]) => c)).toEqual(['high'])
  })
  it('leaves a count closing its clause', () => {
    expect(checked('新增就业岗位1.2万个，其中为困难群众提供岗位3000个。').map(([, , c]) => c)).not.toContain('low')
  })
})
