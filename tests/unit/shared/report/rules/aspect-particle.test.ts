import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: aspect-particle (增长了, 提高了, 完成了)', () => {
  it('keeps the verb before 了 out of the label', () => {
    expect(lvu('全县农业总产值增长了4.2%。')).toEqual([['农业总产值', 4.2, '%']])
    expect(lvu('制造业占工业比重提高了3个百分点。')).toEqual([['制造业占工业比重', 3, '个百分点']])
    expect(lvu('全年交通投资完成了86亿元。')).toEqual([['交通投资', 86, '亿元']])
    expect(lvu('入境游客达到了12万人次。')).toEqual([['入境游客', 12, '万人次']])
  })
  it('reads a fall before 了 as a fall, not as a share', () => {
    const [f] = figures('全市煤炭消费量下降了6%。')
    expect(f).toMatchObject({ label: '煤炭消费量', value: -6, unit: '%', kind: 'growth' })
  })
  it('reads the same figure with and without 了, in 分别 lists too', () => {
    const plain = figures('城乡居民人均可支配收入分别增长5%和7%。').map((f) => [f.label, f.value, f.kind, f.confidence.level])
    const done = figures('城乡居民人均可支配收入分别增长了5%和7%。').map((f) => [f.label, f.value, f.kind, f.confidence.level])
    expect(done).toEqual(plain)
    expect(done.map((f) => f[0])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
  })
  it('keeps a bound before 了 as the bound', () => {
    expect(figures('规上工业企业超过了900家。')[0]).toMatchObject({ label: '规上工业企业', value: 900, qualifier: '超过' })
  })
  it('leaves a 了 that ends no verb alone (为了, 除了)', () => {
    expect(lvu('为了群众增收，发放贷款3亿元。').map((f) => f[2])).toEqual(['亿元'])
  })
})
