import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('a digit before a magnitude that holds a multiple of 亿 or 万 multiplies it', () => {
  it('5百亿元, 3千亿, 2千万元: read in 亿 or 万, checked before a slide shows it', () => {
    const [level] = figures('全区生产总值首次突破5百亿元。')
    expect(level).toMatchObject({ label: '生产总值', value: 500, unit: '亿元', written: '5百亿元', qualifier: '突破' })
    expect(level?.confidence.reasons).toContain('value-converted')
    expect(lvu('规上工业总产值超过3千亿。')).toEqual([['规上工业总产值', 3000, '亿']])
    expect(lvu('外贸进出口总额突破2千亿美元。')).toEqual([['外贸进出口总额', 2000, '亿美元']])
    expect(lvu('社会消费品零售总额达到1.5千亿元。')).toEqual([['社会消费品零售总额', 1500, '亿元']])
  })

  it('万 then a digit of 千亿 is one amount, never 万 alone: 4万3千亿元 is 43000亿元', () => {
    const [level, ...rest] = figures('全省地区生产总值突破4万3千亿元。')
    expect(rest).toEqual([])
    expect(level).toMatchObject({ label: '地区生产总值', value: 43000, unit: '亿元', written: '4万3千亿元' })
    expect(level?.confidence.reasons).toContain('value-converted')
  })

  it('a size class stays no figure: 5千亿级产业集群', () => {
    expect(lvu('培育5千亿级先进制造业集群。')).toEqual([])
  })

  it('a list of magnitudes closed by one milestone word: each passes it, 元 shared', () => {
    expect(lvu('税收收入、一般公共预算支出分别跨越百亿、4百亿元台阶。')).toEqual([
      ['税收收入', 100, '亿元'],
      ['一般公共预算支出', 400, '亿元'],
    ])
    expect(lvu('经济总量和进出口总额分别迈上千亿、百亿大关。')).toEqual([
      ['经济总量', 1000, '亿'],
      ['进出口总额', 100, '亿'],
    ])
  })

  it('a digit before 千 and a base unit is thousands of that unit (8千户 is 8000户), checked; 千 opening a unit (千瓦, 千米) is the unit', () => {
    const [one, two] = figures('新登记市场主体由3千多户增加到9千多户。')
    expect(one).toMatchObject({ label: '新登记市场主体', value: 3000, unit: '户', qualifier: '多', written: '3千多户' })
    expect(two).toMatchObject({ value: 9000, unit: '户' })
    expect(one?.confidence.reasons).toContain('value-converted')
    expect(lvu('全年完成植树造林4.5千公顷。')).toEqual([['植树造林', 4500, '公顷']])
    expect(lvu('新增光伏装机容量达到6千千瓦。')).toEqual([['新增光伏装机容量', 6000, '千瓦']])
    expect(lvu('建成绿道12千米。').map(([, v, u]) => `${v}${u}`)).toEqual(['12千米'])
    expect(lvu('农户屋顶光伏装机容量达到8千瓦。').map(([, v, u]) => `${v}${u}`)).toEqual(['8千瓦'])
  })
})
