import { describe, expect, it } from 'vitest'
import { figures } from './figures'

describe('处于/处在 before a figure: where a level stands, read as the level', () => {
  it('a rate at a low level (处于3.5%的较低水平, 处在2.6%的低位)', () => {
    const [jobs, rate] = figures('城镇新增就业5.1万人，城镇登记失业率处于3.5%的较低水平。')
    expect(jobs).toMatchObject({ label: '城镇新增就业', value: 5.1, unit: '万人' })
    expect(rate).toMatchObject({ label: '城镇登记失业率', value: 3.5, unit: '%', indicator: 'registered-unemployment' })
    expect(figures('城镇登记失业率处在2.6%的低位。').map((m) => [m.label, m.value])).toEqual([['城镇登记失业率', 2.6]])
  })

  it('处于 before words is no figure', () => {
    expect(figures('经济运行处于合理区间。')).toEqual([])
  })
})
