import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: owner-measure', () => {
  it('gives a measure alone the owner of the measure before it in the sentence', () => {
    expect(lvu('工业机器人产量1.2万台、增长18%，产值36亿元、增长21%。')).toEqual([
      ['工业机器人产量', 1.2, '万台'],
      ['工业机器人产量', 18, '%'],
      ['工业机器人产值', 36, '亿元'],
      ['工业机器人产值', 21, '%'],
    ])
    expect(lvu('茶叶综合产值增长9%、出口增长26%。')).toEqual([
      ['茶叶综合产值', 9, '%'],
      ['茶叶出口', 26, '%'],
    ])
    expect(lvu('精品钢材总产量增长6%、利润增长12%。')[1]).toEqual(['精品钢材利润', 12, '%'])
    expect(lvu('规模以上工业增加值增长7%，实现利润300亿元、增长9%。').slice(1)).toEqual([
      ['规模以上工业利润', 300, '亿元'],
      ['规模以上工业利润', 9, '%'],
    ])
  })
  it('takes the owner from a sown area too (粮食播种面积…、产量…)', () => {
    expect(lvu('粮食播种面积稳定在300万亩、产量保持在25亿斤以上。')[1]).toEqual(['粮食产量', 25, '亿斤'])
  })
  it('takes the owner of a measure of the same family: a port, a bank, a plant, a programme', () => {
    expect(lvu('江北机场旅客吞吐量突破4000万人次、货邮吞吐量40万吨。')[1]).toEqual(['江北机场货邮吞吐量', 40, '万吨'])
    expect(lvu('农商行存款余额820亿元，贷款余额610亿元。')[1]).toEqual(['农商行贷款余额', 610, '亿元'])
    expect(lvu('新材料产业园产能达到120万吨，产量突破90万吨。')[1]).toEqual(['新材料产业园产量', 90, '万吨'])
    expect(lvu('十件民生实事完成率居全省第1、满意率居全省第3。')[1]?.[0]).toBe('十件民生实事满意率')
  })
  it('gives no owner of another family: whose herd a product’s output does not say', () => {
    expect(lvu('禽蛋产量达到60万吨、存栏达到800万羽。')[1]?.[0]).toBe('存栏')
    expect(figures('禽蛋产量达到60万吨、存栏达到800万羽。')[1]?.confidence.level).toBe('low')
  })
  it('leaves a measure alone when the subject before is no owner’s measure', () => {
    expect(lvu('地区生产总值增长5%，出口增长8%。')[1]?.[0]).toBe('出口')
  })
  it('gives no owner when the measure ends a pair word (外贸进出口…，其中出口…): the part before is no owner', () => {
    expect(lvu('外贸进出口增长12.5%，其中出口增长18.2%。')[1]?.[0]).toBe('出口')
  })
})
