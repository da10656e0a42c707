import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** Adverbs of manner before the verb that takes a count (words/labels.ts VERB_ADVERBS, rules/clause.ts). */
describe('adverbs of manner before a verb and its counted object', () => {
  it('reads 及时 and 足额, alone or in a row, out of the label', () => {
    expect(figures('及时出台26项助企纾困措施，及时足额发放低保金3.2亿元。').map((m) => m.label)).toEqual(['助企纾困措施', '低保金'])
  })
})
