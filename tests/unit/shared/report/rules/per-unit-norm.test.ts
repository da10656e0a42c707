import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** value+unit/confidence of each figure. */
function levels(s: string): string[] {
  return figures(s).map((m) => `${m.value}${m.unit}/${m.confidence.level}`)
}

describe('rule: per-unit-norm', () => {
  it('marks a norm set for each unit of the place for a person to check', () => {
    expect(levels('每个乡镇建成1个以上综合服务中心。')).toEqual(['1个/low'])
    expect(levels('县区、开发区各招引1个20亿元以上项目。')[0]).toBe('1个/low')
    expect(levels('推动各县（市、区）储备新增重大项目2个以上。')).toEqual(['2个/low'])
  })
  it('leaves the place’s own total after a clause that turns back to it', () => {
    expect(levels('县区各引进1个10亿元以上项目，全年新引进亿元以上项目120个以上。').at(-1)).toBe('120个/high')
  })
})
