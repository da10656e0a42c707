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
  it('takes the owner across 、 or a comma for measures of one owner written once (专利, 行政村, 自来水, 轨道交通)', () => {
    expect(lvu('发明专利申请量增长18%，授权量增长一倍。')[1]?.[0]).toBe('发明专利授权量')
    expect(lvu('行政村通畅率100%、通客车率96%、通公交率61%。').map((f) => f[0])).toEqual(['行政村通畅率', '行政村通客车率', '行政村通公交率'])
    expect(lvu('城乡自来水普及率达到93%、水质合格率达到81%。')[1]?.[0]).toBe('城乡自来水水质合格率')
    // (运营 is how the first length was counted, not part of the owner.)
    expect(lvu('轨道交通运营总里程达到260公里、在建总里程达到140公里。')[1]?.[0]).toBe('轨道交通在建总里程')
    // A total after an addition is of all the things (公路通车总里程), and states joined leave the owner together.
    expect(lvu('全县新增农村公路通车里程420公里，通车总里程达到6100公里。')[1]?.[0]).toBe('农村公路通车总里程')
    expect(lvu('储能电池产业建成和在建产能达到80GWh、实现产值600亿元。')[1]?.[0]).toBe('储能电池产业产值')
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
