import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: others-of-a-set', () => {
  it('keeps 其他/其余 of a set counted before its noun in the measure’s label', () => {
    expect(lvu('新增规上企业45户，其他610户规上企业营业收入增长7.2%。')).toContainEqual(['其他规上企业营业收入', 7.2, '%'])
    expect(lvu('中心城区污水全收集，其余9个县区生活污水集中处理率达到93%。')).toContainEqual(['其余县区生活污水集中处理率', 93, '%'])
  })
  it('leaves a label alone when no count of the others stands before it', () => {
    expect(lvu('规上企业营业收入增长7.2%，其他指标保持稳定。')).toContainEqual(['规上企业营业收入', 7.2, '%'])
    expect(lvu('新建学校12所，其中8所学校投入使用。').map(([l]) => l)).not.toContain('其他学校')
  })
})
