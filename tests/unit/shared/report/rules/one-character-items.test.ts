import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: list-pairing, one-character items before a two-character one', () => {
  it('completes a one-character item with the shared second character of a contraction', () => {
    expect(lvu('银行业存、贷款余额分别增长7%和9%。')).toEqual([
      ['银行业存款余额', 7, '%'],
      ['银行业贷款余额', 9, '%'],
    ])
  })
  it('keeps a one-character item whole before a two-character name of its own', () => {
    expect(lvu('桑、麻、油桐产业产值分别达到12亿元、8亿元、5亿元。')).toEqual([
      ['桑产业产值', 12, '亿元'],
      ['麻产业产值', 8, '亿元'],
      ['油桐产业产值', 5, '亿元'],
    ])
  })
})
