import { describe, expect, it } from 'vitest'
import { figures } from './figures'

describe('a label that runs into a bracket it does not close waits for a person (待核对)', () => {
  it('a reading that stopped inside a note in brackets is flagged', () => {
    const m = figures('全市新增就业岗位（含公益性岗位2万个）。').find((f) => f.value === 2)
    expect(m?.label).toContain('（')
    expect(m?.confidence.level).toBe('low')
    // After a milestone the bracket holds the growth of what passed it: no reading stops inside it
    // (milestones-counted-or-in-words.test.ts).
    const growth = figures('债券资金首次跃上百亿台阶（增长46%）。').find((f) => f.value === 46)
    expect(growth?.label).toBe('债券资金')
  })

  it('a bracket closed inside the label is part of a name and stays sure', () => {
    const [m] = figures('乡镇（街道）综合文化站达到126个。')
    expect(m?.label).toBe('乡镇（街道）综合文化站')
    expect(m?.confidence.level).toBe('high')
  })
})
