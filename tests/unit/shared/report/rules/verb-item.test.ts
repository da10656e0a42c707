import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: verb-item', () => {
  it('gives an item that is only a verb of works the things the item before counts', () => {
    expect(lvu('开建公租房1.2万套、在建3.4万套、推出0.8万套。').map((f) => f[0])).toEqual(['开建公租房', '在建公租房', '推出公租房'])
  })
  it('leaves items with things of their own, and series the item before names with a verb after its things', () => {
    expect(lvu('开建公租房1.2万套、保障性租赁住房0.5万套。').map((f) => f[0])[1]).toBe('保障性租赁住房')
    expect(lvu('重点项目开工80个、竣工50个。').map((f) => f[0])[1]).not.toMatch(/^竣工重点项目/u)
  })
})
