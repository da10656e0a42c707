import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const read = (text: string) => figures(text).map((m) => `${m.label}=${m.value}${m.unit} ${m.kind} ${m.confidence.level}`)

describe('rule: goal-of-a-measure', () => {
  it('gives a goal named alone the measure its sentence opened on, as a growth', () => {
    expect(read('经济增速是衡量发展的综合性指标，今年预期目标设定为5.5%左右，兼顾了需要和可能。')[0]).toMatch(/^经济增速预期目标=5.5% growth/)
    expect(read('工业增长速度作为先行指标，年度目标为7%。')[0]).toMatch(/^工业增长速度目标=7% growth/)
  })
  it('flags a goal that names no measure (待核对)', () => {
    expect(read('全省上下齐心协力，实现增长9%的预期目标。')).toContainEqual('预期目标=9% growth low')
  })
  it('leaves a goal named with its measure as it is', () => {
    expect(read('经济增长预期目标为6%左右。')[0]).toMatch(/^经济增长预期目标=6% growth/)
  })
})
