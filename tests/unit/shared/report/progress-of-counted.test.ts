import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('the progress of the things counted, closing the clause (加快N个…进度)', () => {
  it('is no part of what is counted', () => {
    expect(lvu('加快9件续建骨干水库工程进度。')).toEqual([['续建骨干水库工程', 9, '件']])
    expect(lvu('加快甲线、乙线等5条在建高速公路建设进度。')).toEqual([['在建高速公路', 5, '条']])
    expect(lvu('加快80万千瓦光伏基地建设进度。')).toEqual([['光伏基地', 80, '万千瓦']])
  })

  it('stays where it is what the figure measures or reaches', () => {
    expect(lvu('重点项目投资进度达到90%。')).toEqual([['重点项目投资进度', 90, '%']])
    expect(lvu('全市32个重点项目达到序时进度。').map((f) => f[0])).toEqual(['重点项目达到序时进度'])
  })
})
