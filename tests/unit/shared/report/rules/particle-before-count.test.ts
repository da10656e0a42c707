import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: 了 before a count of projects (谋划了N个…项目)', () => {
  it('reads the count as the object of a verb the vocabulary does not know, and leaves the verb out', () => {
    expect(lvu('去年我们筹划了260个重点产业项目。')).toEqual([['重点产业项目', 260, '个']])
    expect(lvu('征集了12件民生实事。')).toEqual([['民生实事', 12, '件']])
  })
  it('leaves other things counted after such a verb, and 了 that is no particle of a verb', () => {
    // what a verb nobody lists did to a count of other things may be no figure at all (划定了3个街道各自的管辖范围)
    expect(lvu('划定了3个街道各自的管辖范围。')).toEqual([])
    expect(lvu('为了3个项目奔走了一年。')).toEqual([])
  })
})
