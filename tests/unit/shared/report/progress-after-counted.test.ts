import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('how the work on things counted goes on (加速推进, 扎实推进) is no part of what is counted', () => {
  it('ends the noun before the progress that closes the clause', () => {
    expect(lvu('甲大桥、乙大桥等12个互联互通重大项目加速推进。')).toEqual([['互联互通重大项目', 12, '个']])
    expect(lvu('326项重点改革任务深入推进。')).toEqual([['重点改革任务', 326, '项']])
    expect(lvu('58个集中安置点建设稳步推进。').map((f) => f[0])).toEqual(['集中安置点'])
  })
})
