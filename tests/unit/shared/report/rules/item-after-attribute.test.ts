import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

describe('rule: item-after-attribute', () => {
  it('keeps the first item of a list that follows an attribute closed by 的', () => {
    const [f] = figures('投资2.4亿元实施的老城区、滨湖新区和北部组团管网改造工程新增供水管网38公里。')
    expect(f).toMatchObject({ label: '老城区、滨湖新区和北部组团管网改造工程新增供水管网', value: 38, quote: '老城区、滨湖新区和北部组团管网改造工程新增供水管网38公里' })
  })
  it('takes no item after a figure that was kept', () => {
    // 12公里 is a figure of its own, not an attribute: the clause after its 、 starts a new subject.
    expect(figures('新建供水管网12公里、滨湖新区新增供水管网38公里。').map((m) => m.label).every((l) => !l.includes('、'))).toBe(true)
  })
})
