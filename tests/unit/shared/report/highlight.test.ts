import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findAll, segmentText } from '../../../../src-shared/report/highlight'

describe('segmentText', () => {
  it('splits lines and marks overlapping ranges without nesting', () => {
    const lines = segmentText('ab\ncdef', [
      { start: 1, end: 5, key: 'm:1' },
      { start: 4, end: 6, key: 'q:0' },
    ])
    expect(lines.map((l) => l.segments.map((s) => [s.text, s.keys.join('+')]))).toEqual([
      [
        ['a', ''],
        ['b', 'm:1'],
      ],
      [
        ['c', 'm:1'],
        ['d', 'm:1+q:0'],
        ['e', 'q:0'],
        ['f', ''],
      ],
    ])
  })

  it('always gives back the whole text, in order, whatever the ranges', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.record({ start: fc.integer({ min: -5, max: 210 }), end: fc.integer({ min: -5, max: 210 }), key: fc.constantFrom('a', 'b', 'c') })), (text, ranges) => {
        const lines = segmentText(text, ranges)
        expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n')).toBe(text)
        for (const l of lines) for (const s of l.segments) expect(text.slice(s.start, s.end)).toBe(s.text)
      }),
    )
  })
})

describe('findAll', () => {
  it('finds Chinese text, and full-width and half-width forms alike', () => {
    const text = '地区生产总值增长３．３％，地区生产总值目标5.5%'
    expect(findAll(text, '地区生产总值')).toEqual([
      { start: 0, end: 6 },
      { start: 13, end: 19 },
    ])
    expect(findAll(text, '3.3%')).toEqual([{ start: 8, end: 12 }])
    expect(findAll(text, '   ')).toEqual([])
  })
})
