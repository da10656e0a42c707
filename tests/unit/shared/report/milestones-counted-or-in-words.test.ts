import { describe, expect, it } from 'vitest'
import { figures, lvu } from './figures'

describe('milestones (台阶, 大关) counted or written in words', () => {
  it('how many milestones were passed is no figure, whether the count is in digits or in words', () => {
    // The level reached is what a slide shows; 两个千亿台阶 is a count of steps, not a level of 1000 亿.
    expect(lvu('全县生产总值五年间连续迈上两个千亿台阶。')).toEqual([])
    expect(lvu('全省地区生产总值先后跨越三个万亿元台阶，达到5.8万亿元。')).toEqual([['地区生产总值', 5.8, '万亿元']])
    expect(lvu('财政总收入五年跨过4个百亿元级台阶。')).toEqual([])
    expect(lvu('金融机构存款余额连跨两个万亿大台阶。')).toEqual([])
    // 再上一个万亿元台阶 is one more step (an increase), not the level.
    expect(lvu('经济总量再上一个万亿元台阶。')).toEqual([])
  })

  it('a clause that counts the milestones lends its subject to the level reached after it', () => {
    expect(lvu('全省地区生产总值迈上两个万亿元台阶，2024年达到6.5万亿元。')).toEqual([['地区生产总值', 6.5, '万亿元']])
    expect(lvu('全口径工业开票销售连跨三个千亿元台阶、达到5210亿元。')).toEqual([['全口径工业开票销售', 5210, '亿元']])
    // A milestone clause closed by 、 (not only by a comma) names the figure after it.
    expect(lvu('茶产业综合产值迈上新台阶、达86亿元，新增茶园2万亩。')).toEqual([
      ['茶产业综合产值', 86, '亿元'],
      ['新增茶园', 2, '万亩'],
    ])
    expect(lvu('留昆高校毕业生人数创新高、达9.5万人。')).toEqual([['留昆高校毕业生人数', 9.5, '万人']])
    // 将 before the verb is no part of the subject.
    expect(lvu('全省地区生产总值将再上一个万亿台阶、达到6.1万亿元。')).toEqual([['地区生产总值', 6.1, '万亿元']])
  })

  it('a generic word (总量) in the milestone clause leaves the subject the sentence carries', () => {
    expect(lvu('地区生产总值年均增长6.2%，总量跨过5个千亿级台阶、达1.3万亿元。')).toEqual([
      ['地区生产总值', 6.2, '%'],
      ['地区生产总值', 1.3, '万亿元'],
    ])
  })

  it('a magnitude with its numeral in words passing a milestone is the level, flagged as read from words', () => {
    const [level] = figures('全市地区生产总值迈上五千亿台阶，增长6%。')
    expect(level).toMatchObject({ label: '地区生产总值', value: 5000, unit: '亿', written: '五千亿', kind: 'amount' })
    expect(level?.confidence.level).toBe('low')
    expect(lvu('规上工业总产值首次跃上两百亿元台阶。')).toEqual([['规上工业总产值', 200, '亿元']])
    expect(lvu('全省经济总量跨上三万亿新台阶。')).toEqual([['经济总量', 3, '万亿']])
  })

  it('a growth in brackets after a milestone is the growth of what passed it', () => {
    expect(lvu('争取债券资金首次跃上百亿台阶（增长86%）。')).toEqual([
      ['债券资金', 100, '亿'],
      ['债券资金', 86, '%'],
    ])
  })

  it('即将 before the verb is no part of the label', () => {
    expect(lvu('全区生产总值即将迈上三千亿元台阶。')).toEqual([['生产总值', 3000, '亿元']])
  })

  it('a magnitude in words without a milestone verb or word stays unread (a class or a threshold of a name)', () => {
    expect(lvu('培育两个千亿级产业集群。')).toEqual([])
    expect(lvu('打造五百亿产业园区。')).toEqual([])
  })
})
