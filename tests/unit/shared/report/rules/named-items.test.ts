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

describe('rule: named-items, the verb that opens the named items', () => {
  it('keeps a verb that defines what is counted, a chain of building among them (开工建设), after a goal lead too', () => {
    expect(lvu('开工建设甲县至乙县、丙镇至丁镇、戊港至己港、庚山至辛湖、壬关至癸岭等5条高速公路。')).toEqual([['开工建设高速公路', 5, '条']])
    expect(lvu('力争开工甲城至乙城、丙城至丁城2条城际铁路。')).toEqual([['开工城际铁路', 2, '条']])
    expect(lvu('新建东湖、西湖、南湖3个口袋公园。')).toEqual([['新建口袋公园', 3, '个']])
  })
  it('drops a verb that does not define what is counted (建成)', () => {
    expect(lvu('建成东区、西区2个产业园。')).toEqual([['产业园', 2, '个']])
  })
})
