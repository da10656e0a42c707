import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: counted-title', () => {
  it('labels things counted by the title they were given (被评为, 命名为)', () => {
    expect(lvu('7个乡镇被评为省级生态文明示范乡镇，15个村庄命名为传统村落。')).toEqual([
      ['省级生态文明示范乡镇', 7, '个'],
      ['传统村落', 15, '个'],
    ])
  })
  it('keeps the scope of the title, which is part of its name', () => {
    expect(lvu('4个社区被命名为全国示范性老年友好型社区。')).toEqual([['全国示范性老年友好型社区', 4, '个']])
  })
  it('reads a title given by 被确定为, 被认定为 and 被列为 the same way', () => {
    expect(lvu('9个镇被确定为省级特色小镇，14家企业被认定为省级技术创新示范企业，6个村被列为全国乡村旅游重点村。')).toEqual([
      ['省级特色小镇', 9, '个'],
      ['省级技术创新示范企业', 14, '家'],
      ['全国乡村旅游重点村', 6, '个'],
    ])
  })
  it('leaves things that entered a list (入选) as they were', () => {
    expect(lvu('3所职业院校入选国家优质高职院校名单。')).toEqual([['职业院校', 3, '所']])
  })
})
