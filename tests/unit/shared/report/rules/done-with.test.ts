import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: done-with', () => {
  it('counts partners, and what a clause disposes of (将…), by what is done with them', () => {
    expect(figures('与41个自贸区（港）建立伙伴关系。').map((m) => [m.label, m.value, m.quote])).toEqual([
      ['建立伙伴关系的自贸区', 41, '与41个自贸区（港）建立伙伴关系'],
    ])
    expect(lvu('与54个国家和地区开展科技合作。')).toEqual([['开展科技合作的国家和地区', 54, '个']])
    expect(lvu('将2.8万亿元中央财政资金纳入直达范围。')).toEqual([['纳入直达范围的中央财政资金', 2.8, '万亿元']])
  })
  it('doubts, and leaves as read, what became of the dealings with the things (持续深化), which is no deed done with them', () => {
    const [m] = figures('与36个友好城市的人文交流持续深化。')
    expect(m?.label).not.toContain('持续深化')
    expect(m?.confidence.reasons).toContain('label-vague')
  })
})
