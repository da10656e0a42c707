import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: shared-verb, a pair of verbs', () => {
  it('gives every item of the series both verbs joined by 、, 和 or 及', () => {
    expect(lvu('新建、改造供水管网86公里、加压泵站12座。')).toEqual([
      ['新建、改造供水管网', 86, '公里'],
      ['新建、改造加压泵站', 12, '座'],
    ])
    expect(lvu('新建和改建村级活动场所40个、文化广场25个。')).toEqual([
      ['新建和改建村级活动场所', 40, '个'],
      ['新建和改建文化广场', 25, '个'],
    ])
  })
  it('keeps a single verb single', () => {
    expect(lvu('新建供水管网86公里、加压泵站12座。')).toEqual([
      ['新建供水管网', 86, '公里'],
      ['新建加压泵站', 12, '座'],
    ])
  })
})
