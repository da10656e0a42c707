import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: cut-thing', () => {
  it('keeps the verb of cutting after a thing of two characters, which alone says too little', () => {
    expect(lvu('简报精简30%，会议压缩20%。')).toEqual([
      ['简报精简', -30, '%'],
      ['会议压缩', -20, '%'],
    ])
    expect(figures('会议压缩20%。')[0]?.confidence.level).toBe('high')
  })
  it('drops it after a longer subject, the indicator cut', () => {
    expect(lvu('市级审批事项精简40%。')).toEqual([['市级审批事项', -40, '%']])
  })
})
