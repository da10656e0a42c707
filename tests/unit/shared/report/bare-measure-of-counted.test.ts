import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('a bare measure after a count measures what the sentence counts', () => {
  it('works counted with the event that befell them (开工, 开复工, 竣工): the works, not the event', () => {
    expect(lvu('全年省级重点项目开工96个，完成投资210亿元。')).toEqual([
      ['省级重点项目开工', 96, '个'],
      ['省级重点项目投资', 210, '亿元'],
    ])
    expect(lvu('市级重点项目开复工130个，完成投资88.5亿元。')[1]).toEqual(['市级重点项目投资', 88.5, '亿元'])
    expect(lvu('重大产业项目开工60个、竣工41个，完成投资315亿元。')[2]).toEqual(['重大产业项目投资', 315, '亿元'])
  })

  it('enterprises counted before their output: read with the enterprises, flagged for a person to confirm', () => {
    const [count, output] = figures('园区规上企业86家，实现产值42.6亿元。')
    expect(count).toMatchObject({ label: '园区规上企业', value: 86, unit: '家' })
    expect(output).toMatchObject({ label: '园区规上企业产值', value: 42.6, unit: '亿元' })
    expect(output?.confidence.level).toBe('low')
  })

  it('a bare measure with no works or enterprises in its sentence stays unread', () => {
    expect(lvu('新增规上企业40家。全年完成投资3.5亿元。')).toEqual([['新增规上企业', 40, '家']])
  })
})
