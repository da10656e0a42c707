import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const lv = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.confidence.level])

describe('one figure after a list and 均, 都 or 双双: the figure of each item', () => {
  it('reads 都 and 双双 after a list as 均', () => {
    expect(lv('二氧化硫、颗粒物排放都要下降3%左右。')).toEqual([
      ['二氧化硫', -3, 'high'],
      ['颗粒物排放', -3, 'high'],
    ])
    expect(lv('纺织、机械产业主营业务收入双双突破600亿元。')).toEqual([
      ['纺织产业主营业务收入', 600, 'high'],
      ['机械产业主营业务收入', 600, 'high'],
    ])
    // 双 right before the verb says both as well; a contracted pair is split.
    expect(lv('本外币存贷款余额双超8000亿元。').map((r) => r[0])).toEqual(['本外币存款余额', '本外币贷款余额'])
  })
  it('gives a share written with 占 after 均 to each item', () => {
    expect(lv('电子、汽车产业产值均占全市的20%以上。')).toEqual([
      ['电子产业产值占全市比重', 20, 'high'],
      ['汽车产业产值占全市比重', 20, 'high'],
    ])
    expect(lv('甲产品和乙产品出口量都占全省的25%。').map((r) => r[0])).toEqual(['甲产品出口量占全省比重', '乙产品出口量占全省比重'])
    // Past two items, where the tail they borrow begins is a guess: flagged.
    expect(lv('钢铁、水泥和玻璃行业产能均占全省的三成以上。').map((r) => r[2])).toEqual(['low', 'low', 'low'])
    // Without 均 a share is the whole subject's.
    expect(lv('电子信息产业产值占全市的20%。').map((r) => r[0])).toEqual(['电子信息产业产值占全市比重'])
  })
  it('splits a last item joined by 和 when it is as short as the items before it', () => {
    expect(lv('养老、医疗和工伤保险参保率均达到96%以上。').map((r) => r[0])).toEqual(['养老保险参保率', '医疗保险参保率', '工伤保险参保率'])
    // (A long item before 和 that names a measure of its own is not split so.)
    expect(lv('人大代表建议、政协提案办结率和满意率均保持100%。').map((r) => r[0])).toEqual([
      '人大代表建议办结率',
      '人大代表建议满意率',
      '政协提案办结率',
      '政协提案满意率',
    ])
  })
})
