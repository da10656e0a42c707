import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a measure completed by its owner named before it', () => {
  it('is the subject the clauses after it read on from', () => {
    expect(lvu('粮食生产再获丰收，总产达到76.5万吨，比上年增长2.3%。')).toEqual([
      ['粮食总产', 76.5, '万吨'],
      ['粮食总产', 2.3, '%'],
    ])
    expect(lvu('生猪产能稳步恢复，出栏达到138万头，增长6.8%。')).toEqual([
      ['生猪出栏', 138, '万头'],
      ['生猪出栏', 6.8, '%'],
    ])
  })
})
