import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('a bare magnitude of money passing a milestone is a level, read and flagged', () => {
  it('突破千亿大关, 迈上万亿新台阶, 跨上百亿台阶: 亿 written without 元', () => {
    expect(lvu('全县地区生产总值首次突破百亿大关。')).toEqual([['地区生产总值', 100, '亿']])
    expect(lvu('全市经济总量迈上千亿台阶，增长6.1%。')).toEqual([
      ['经济总量', 1000, '亿'],
      ['经济总量', 6.1, '%'],
    ])
    expect(lvu('全社会固定资产投资迈上万亿新台阶。')).toEqual([['全社会固定资产投资', 1, '万亿']])
    const [level] = figures('一般公共预算收入跨上百亿台阶。')
    expect(level).toMatchObject({ label: '一般公共预算收入', value: 100, written: '百亿', kind: 'amount' })
    // A magnitude in words is read, not seen: it waits for the user's click before a slide shows it.
    expect(level?.confidence.level).toBe('low')
  })

  it('a magnitude in another unit of amount: 千亿美元, 百亿斤', () => {
    const [trade] = figures('外贸进出口首次突破千亿美元，增长8%。')
    expect(trade).toMatchObject({ label: '外贸进出口', value: 1000, unit: '亿美元', written: '千亿', qualifier: '突破' })
    expect(lvu('粮食总产连续五年超百亿斤。')).toEqual([['粮食总产', 100, '亿斤']])
    expect(lvu('进出口总额突破百亿美元大关。')).toEqual([['进出口总额', 100, '亿美元']])
  })

  it('a milestone verb without its milestone word, or a magnitude naming a class, is no figure', () => {
    // 迈上 reads a level only when 大关/台阶 closes it: 迈上千亿级 is a class of what follows.
    expect(lvu('新能源产业迈上千亿级产业集群行列。')).toEqual([])
    expect(lvu('成功跻身超千亿城市行列。')).toEqual([])
    expect(lvu('跨越千亿的产业达到3个。')).toEqual([['跨越千亿的产业', 3, '个']])
  })

  it('双双 between the subject and its verb is no part of the label, and gives each of the pair the figure', () => {
    // (As the label files do: 食品、石化产业营业收入双双突破… → one figure for each.)
    expect(lvu('金融机构存贷款余额双双突破1万亿元。')).toEqual([
      ['金融机构存款余额', 1, '万亿元'],
      ['金融机构贷款余额', 1, '万亿元'],
    ])
  })
})
