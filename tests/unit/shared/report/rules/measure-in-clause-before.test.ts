import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const labelled = (...body: string[]): [string, number, string, boolean][] =>
  figures(...body).map((m) => [m.label, m.value, m.kind, m.confidence.reasons.includes('label-from-context')])

describe('a rank with no measure of its own takes the indicator the clause before names (flagged)', () => {
  it('the indicator the clause before opens with: 粮食产量再创新高，位居全省首位', () => {
    expect(labelled('粮食产量再创新高，连续5年位居全省首位。')).toEqual([['粮食产量', 1, 'rank', true]])
    expect(labelled('全县地区生产总值稳步攀升，跃居全市第2位。')).toEqual([['地区生产总值', 2, 'rank', true]])
  })

  it('bare measures of a list ranked together: the owner whose indicator the first completes', () => {
    expect(labelled('粮食生产再获丰收，总产量、调出量均居全省第一。').map(([l]) => l)).toEqual(['粮食总产量', '粮食调出量'])
  })

  it('a clause before that names no indicator leaves the rank as it was, flagged as vague', () => {
    const [rank] = figures('创新能力持续增强，连续3年位居全省首位。')
    expect(rank?.label).not.toBe('创新能力')
    expect(rank?.confidence.level).toBe('low')
    // A figure earlier in the sentence: the rank is read from it, not from a clause without one.
    expect(labelled('粮食产量达到50万吨，增长3%，居全省第4位。').map(([l]) => l)).toEqual(['粮食产量', '粮食产量', '粮食产量'])
  })
})
