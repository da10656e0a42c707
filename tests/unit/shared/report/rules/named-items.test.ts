import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: named-items', () => {
  it('counts the noun when as many items as the count are named before it', () => {
    expect(lvu('新增甲山、乙湖、丙关3家5A级景区。')).toEqual([['新增5A级景区', 3, '家']])
    expect(lvu('建成东区、西区2个产业园。')).toEqual([['产业园', 2, '个']])
    expect(lvu('创建石化、金融、商贸3个千亿级，食品、种业2个百亿级产业集群。')).toEqual([
      ['千亿级产业集群', 3, '个'],
      ['百亿级产业集群', 2, '个'],
    ])
  })
  it('leaves a count that is not the number of the items', () => {
    expect(lvu('新增甲山、乙湖3家5A级景区。')).not.toContainEqual(['新增5A级景区', 3, '家'])
  })
})
