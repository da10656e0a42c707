import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: what-some-did', () => {
  it('names what some of the things just counted did', () => {
    expect(lvu('形成173项制度创新案例，82项获国家层面认可、37项向全国推广。')).toEqual([
      ['制度创新案例', 173, '项'],
      ['获国家层面认可的制度创新案例', 82, '项'],
      ['向全国推广的制度创新案例', 37, '项'],
    ])
  })
  it('keeps 获 as what some did, though before a thing counted it is an action that leaves the label', () => {
    expect(lvu('形成60项改革案例，12项获国家部委推广。')).toEqual([
      ['改革案例', 60, '项'],
      ['获国家部委推广的改革案例', 12, '项'],
    ])
  })
})
