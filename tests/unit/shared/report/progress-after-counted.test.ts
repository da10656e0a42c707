import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('how the work on things counted goes on (加速推进, 扎实推进) is no part of what is counted', () => {
  it('ends the noun before the progress that closes the clause', () => {
    expect(lvu('甲大桥、乙大桥等12个互联互通重大项目加速推进。')).toEqual([['互联互通重大项目', 12, '个']])
    expect(lvu('326项重点改革任务深入推进。')).toEqual([['重点改革任务', 326, '项']])
    expect(lvu('58个集中安置点建设稳步推进。').map((f) => f[0])).toEqual(['集中安置点'])
  })
})

describe('the pace of what became of things counted (加速上线, 加速落地)', () => {
  it('is no part of what is counted', () => {
    expect(lvu('“掌上办”等60多个应用场景加速上线。')).toEqual([['应用场景', 60, '个']])
    expect(lvu('32个跨区域合作事项加速落地。')).toEqual([['跨区域合作事项', 32, '个']])
  })
})
