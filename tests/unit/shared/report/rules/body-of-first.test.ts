import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: body-of-first (a body of government opening a list owns its later items)', () => {
  it('gives the body to every item of its own business', () => {
    expect(lvu('县政府发文、会议数量分别减少6%、9%。').map((f) => f[0])[1]).toBe('县政府会议数量')
    expect(lvu('以区政府名义印发的文件、召开的会议均减少15%以上。').map((f) => f[0])[1]).toBe('以区政府名义召开的会议')
    expect(lvu('市直部门一般性支出和会议费分别压减8%和20%。').map((f) => f[0])[1]).toBe('市直部门会议费')
  })

  it('leaves items with a scope, a level or a place of their own, and rates, as written', () => {
    expect(lvu('县政府文件、全县性会议分别减少12%、18%。').map((f) => f[0])[1]).toBe('全县性会议')
    expect(lvu('市政府透明度指数、城市信用排名分别居全省第2位、第5位。').map((f) => f[0])[1]).toBe('城市信用排名')
    expect(lvu('省政府下达的棚改任务开工率和基本建成率均达100%。').map((f) => f[0])[1]).not.toMatch(/^省政府/u)
  })

  it('gives a people written before the first item (中小学生) to the items after', () => {
    expect(lvu('中小学生溺水事故起数和溺亡人数分别下降20%、25%。').map((f) => f[0])[1]).toBe('中小学生溺亡人数')
  })
})
