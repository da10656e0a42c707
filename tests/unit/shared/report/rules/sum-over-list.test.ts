import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: sum-over-list', () => {
  it('labels a count right after 等 closing a list with the whole list, not its last item', () => {
    expect(lvu('新建改造社区食堂、老年活动中心等120个。')).toEqual([['新建改造社区食堂、老年活动中心', 120, '个']])
    expect(lvu('培养乡村医生、乡村教师、农技人员等5000人以上。')).toEqual([['培养乡村医生、乡村教师、农技人员', 5000, '人']])
  })
  it('leaves examples before a class noun, items with their own figures and paired lists to the other rules', () => {
    expect(lvu('建成物流园、冷链基地等项目45个。').map(([l]) => l)).not.toContain('物流园、冷链基地等项目')
    expect(lvu('新建学校12所、幼儿园30所。').map(([l]) => l)).toEqual(['新建学校', '新建幼儿园'])
    expect(lvu('城镇、农村居民人均可支配收入分别增长5%、6%。').map(([l]) => l)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
  })
})
