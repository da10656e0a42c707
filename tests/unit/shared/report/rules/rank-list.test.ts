import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const ranks = (...body: string[]) => figures(...body).filter((m) => m.kind === 'rank').map((m) => [m.label, m.value])

describe('rule: rank-list', () => {
  it('gives a rank shared with 均 or 都 to each subject of the list before it', () => {
    expect(ranks('农业和旅游业增加值均居全省第4位。')).toEqual([
      ['农业增加值', 4],
      ['旅游业增加值', 4],
    ])
    expect(ranks('新增个体工商户和企业数量都居全区第3位。')).toEqual([
      ['新增个体工商户数量', 3],
      ['新增企业数量', 3],
    ])
  })
  it('splits a subject that says two things at once, named as the figures before name them', () => {
    expect(ranks('全市金融机构存款余额3100亿元，贷款余额2200亿元，存贷款余额均居全省第5位。')).toEqual([
      ['金融机构存款余额', 5],
      ['金融机构贷款余额', 5],
    ])
  })
  it('keeps the place where the rank is counted out of the label', () => {
    expect(ranks('东湖治理和西河治理在全省考核中都名列第一。')).toEqual([
      ['东湖治理', 1],
      ['西河治理', 1],
    ])
    expect(ranks('农商银行存款规模突破600亿元、在全省农商行中居第2位。')).toEqual([['农商银行存款规模', 2]])
  })
  it('keeps one rank for the whole subject without 均, and for a list it cannot tell apart', () => {
    expect(ranks('粮食和蔬菜产量居全省第6位。')).toEqual([['粮食和蔬菜产量', 6]])
    expect(ranks('高考本科上线率、总平均分居全市第一。')).toEqual([['高考本科上线率、总平均分', 1]])
    expect(ranks('城区、乡镇和村级服务站点三类指标均居全省第1位。')).toEqual([['城区、乡镇和村级服务站点三类指标', 1]])
  })
})
