import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

/** from-to: a rate's base written between 从/由 and the first level (每平方公里, 每平方米) is no part of the subject. */
describe('from-to over a rate per area', () => {
  it('reads the change and leaves the base out of the label', () => {
    const found = figures('五年来，城区路网密度从每平方公里6.1公里提高到7.4公里。').map((m) => [m.label, m.value, m.unit])
    expect(found).toEqual([
      ['城区路网密度', 6.1, '公里'],
      ['城区路网密度', 7.4, '公里'],
    ])
    expect(figures('公租房租赁补贴从每平方米12元提高到15元。').map((m) => [m.label, m.value])).toEqual([
      ['公租房租赁补贴', 12],
      ['公租房租赁补贴', 15],
    ])
  })
})
