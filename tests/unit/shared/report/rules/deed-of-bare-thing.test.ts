import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const read = (...body: string[]): [string, number, string][] => figures(...body).map((m) => [m.label, m.value, m.confidence.level])

/** rule: deed-of-bare-thing — 项目 alone says nothing; the deeds right before it name what is counted. */
describe('rule: deed-of-bare-thing', () => {
  it('names bare projects by the deeds before them, still in doubt of whose they are', () => {
    expect(read('全年招商引资成效明显，招引落地项目86个。')[0]).toEqual(['招引落地项目', 86, 'low'])
    expect(read('三年来累计建成投产项目412个。')).toEqual([['建成投产项目', 412, 'low']])
    expect(read('今年计划实施项目320个以上。')).toEqual([['实施项目', 320, 'low']])
  })
  it('leaves the bare thing in doubt without a deed, after the count of homes, and in the clauses after it', () => {
    expect(read('项目46个全部完工。')[0]?.[2]).toBe('low')
    expect(read('建成项目4个986套。')).toEqual([
      ['项目', 4, 'low'],
      ['项目', 986, 'low'],
    ])
    const labels = read('全年引进项目75个，其中超亿元21个。').map(([label]) => label)
    expect(labels[0]).toBe('引进项目')
    expect(labels.slice(1)).not.toContain('引进项目')
  })
})
