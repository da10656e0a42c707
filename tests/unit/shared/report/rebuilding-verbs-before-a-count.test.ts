import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a chain of rebuilding verbs before a count (改造提升, 提质改造, 提档升级)', () => {
  it('counts the things after the number, not the first verb of the chain', () => {
    expect(lvu('全县改造提升58所村卫生室，提质改造16所乡镇敬老院，提档升级9个农贸市场，改造升级4个批发市场。')).toEqual([
      ['村卫生室', 58, '所'],
      ['乡镇敬老院', 16, '所'],
      ['农贸市场', 9, '个'],
      ['批发市场', 4, '个'],
    ])
  })
  it('names a two-character works noun with its verb, which alone would say too little', () => {
    expect(lvu('改造提升21条道路，维修改造6座桥梁。')).toEqual([
      ['改造提升道路', 21, '条'],
      ['维修改造桥梁', 6, '座'],
    ])
  })
  it('still reads a rise of a subject by a count (床位提升200张) as that subject', () => {
    expect(lvu('床位提升200张。')).toEqual([['床位', 200, '张']])
  })
  it('ends the works counted before 并 and the verb of putting them to use', () => {
    expect(lvu('提标改造6座污水处理厂并投入运行。')).toEqual([['污水处理厂', 6, '座']])
  })
})
