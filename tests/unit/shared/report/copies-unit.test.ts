import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('份: parcels, documents and samples are counted', () => {
  it('reads 份 as the unit of a count, not part of the label', () => {
    expect(lvu('向困难群众发放“爱心包”12.6万份。')).toEqual([['困难群众爱心包', 12.6, '万份']])
    expect(lvu('制定规范性文件38份。')).toEqual([['规范性文件', 38, '份']])
    expect(figures('全市日核酸检测能力达到8.5万份以上。').map((m) => [m.label, m.value, m.unit, m.kind, m.qualifier])).toEqual([
      ['日核酸检测能力', 8.5, '万份', 'count', '以上'],
    ])
  })
  it('leaves 份额 and 一份 in words alone', () => {
    expect(lvu('交出了一份满意的答卷，市场份额达到12%。')).toEqual([['市场份额', 12, '%']])
  })
})
