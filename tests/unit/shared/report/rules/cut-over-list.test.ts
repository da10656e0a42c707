import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind])

describe('rule: cut-over-list', () => {
  it('reads a cut over a series of things as a fall of them all', () => {
    expect(view('压减省级以下论坛、节庆、展会活动35%。')).toEqual([['省级以下论坛、节庆、展会活动', -35, 'growth']])
  })
  it('reads every item after 、 of a list a cut leads as a fall', () => {
    expect(view('压缩审批时限45%、审批环节30%、申报材料25%。')).toEqual([
      ['审批时限', -45, 'growth'],
      ['审批环节', -30, 'growth'],
      ['申报材料', -25, 'growth'],
    ])
  })
  it('reaches no item after a verb that is no cut', () => {
    expect(view('城镇居民收入增长6%、农村居民收入占比40%。').map(([, v]) => v)).toEqual([6, 40])
  })
})
