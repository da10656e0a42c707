import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('list heads given after completion: a body of government, a base per head of population', () => {
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

  it('gives a base per head of population (千人, 每万人) to every item, not to an item on a base or of a class of its own', () => {
    expect(lvu('千人床位数、护士数分别达7张、3.9个。').map((f) => f[0])[1]).toBe('千人护士数')
    expect(lvu('每万人有效发明专利、高价值发明专利分别达20件、8件。').map((f) => f[0])[1]).toBe('每万人高价值发明专利')
    // 托位 stands beside 养老床位数 as written; it borrows nothing from it.
    expect(lvu('每千人托位、养老床位数分别达到4个、30张。').map((f) => f[0])).toEqual(['每千人托位', '每千人养老床位数'])
    expect(lvu('新增千人计划专家、万人计划专家分别为3名、6名。').map((f) => f[0])[1]).not.toMatch(/千人/u)
  })
})
