import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const flagged = (text: string) => figures(text).map((m) => [m.value, m.unit, m.confidence.reasons.includes('kind-guessed')])

describe('rule: size-of-one-unit', () => {
  it('flags a size of one thing before the plant done away with, with no count of it (each one\'s or their total?)', () => {
    expect(flagged('年内淘汰35蒸吨燃煤锅炉。')).toEqual([[35, '蒸吨', true]])
    expect(flagged('全面淘汰城区10蒸吨燃煤小锅炉。')).toEqual([[10, '蒸吨', true]])
  })
  it('leaves a total written after the plant, or a size after another deed', () => {
    expect(flagged('拆除燃煤锅炉86台、410蒸吨。')).toEqual([
      [86, '台', false],
      [410, '蒸吨', false],
    ])
    expect(flagged('完成600蒸吨燃煤锅炉清洁能源改造。')).toEqual([[600, '蒸吨', false]])
  })
})
