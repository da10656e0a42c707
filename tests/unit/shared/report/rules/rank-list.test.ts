import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const ranks = (...body: string[]) => figures(...body).filter((m) => m.kind === 'rank').map((m) => [m.label, m.value])

describe('rule: rank-list', () => {
  it('gives measures that name no thing (总量和增速均…) the figure right before them', () => {
    expect(ranks('全县实现农业总产值96.4亿元，增长3.8%，总量和增速均居全市第二。')).toEqual([
      ['农业总产值总量', 2],
      ['农业总产值增速', 2],
    ])
    expect(ranks('完成固定资产投资410亿元，规模、增幅都排名全州第一。')).toEqual([
      ['固定资产投资规模', 1],
      ['固定资产投资增幅', 1],
    ])
    expect(ranks('各项贷款余额达到1500亿元，总量、增幅分居全省第三和第五。')).toEqual([
      ['各项贷款余额总量', 3],
      ['各项贷款余额增幅', 5],
    ])
    // After a list of figures, whose measures they are is not known.
    expect(ranks('工业、农业产值分别增长6%、4%，总量和增速均居全省第三。').map((r) => r[0])).toEqual(['总量', '增速'])
    // No figure right before the rank's clause: the measures keep their bare names (flagged as vague).
    expect(ranks('总量和增速均居全省第三。')).toEqual([
      ['总量', 3],
      ['增速', 3],
    ])
  })
  it('ranks the items listed before a quoted name as well (“…”改革办结率、满意率均居…)', () => {
    expect(ranks('“一网通办”事项办结率、群众满意率均居全省第1位。')).toEqual([
      ['一网通办事项办结率', 1],
      ['群众满意率', 1],
    ])
    expect(ranks('“专精特新”企业数量、营业收入均居全市第2位。')).toEqual([
      ['专精特新企业数量', 2],
      ['专精特新企业营业收入', 2],
    ])
  })
  it('names a measure of trade listed after the first (成交量、成交额) with the first one\'s head', () => {
    expect(ranks('全省技术市场成交量、成交额均居西部第一。')).toEqual([
      ['技术市场成交量', 1],
      ['技术市场成交额', 1],
    ])
  })
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

  it('ranks each thing of a 、 list completed by one measure, even without 均', () => {
    expect(ranks('小麦、玉米和大豆产量稳居全省第一。')).toEqual([
      ['小麦产量', 1],
      ['玉米产量', 1],
      ['大豆产量', 1],
    ])
    // Not a name joined by 及, nor a list the measure does not complete.
    expect(ranks('文化及相关产业增加值稳居全国首位。')).toEqual([['文化及相关产业增加值', 1]])
    expect(ranks('住院、门诊满意率居全省第一。')).toHaveLength(1)
  })
  it('ranks each measure of one thing listed after it (X面积、产量), even without 均', () => {
    expect(ranks('全县茶叶面积、产量稳居全省第二。')).toEqual([
      ['茶叶面积', 2],
      ['茶叶产量', 2],
    ])
    // 分别 after them, with no subject of its own, starts its ranks at the first of them.
    expect(ranks('全县茶叶面积、产量稳居全省第二，分别居全国产茶县第9位和第12位。').slice(0, 3)).toEqual([
      ['茶叶面积', 2],
      ['茶叶产量', 2],
      ['茶叶面积', 9],
    ])
  })
  it('ranks each measure of one owner listed before the rank, without 均, with the first one’s owner (…装机容量、并网规模)', () => {
    expect(ranks('风光电建成装机容量、并网规模全省第三。')).toEqual([
      ['风光电建成装机容量', 3],
      ['风光电并网规模', 3],
    ])
    // The capital market's measures of listed companies are one family too (募资额, 融资额, 市值).
    expect(ranks('本市上市企业首发融资额、总市值位居全省首位。')).toEqual([
      ['上市企业首发融资额', 1],
      ['上市企业总市值', 1],
    ])
    expect(ranks('甲区境内上市公司募资额、市值均居全市第二。')).toEqual([
      ['甲区境内上市公司募资额', 2],
      ['甲区境内上市公司市值', 2],
    ])
    // Measures of no one family stay as they were.
    expect(ranks('高考本科上线率、总平均分居全市第一。')).toEqual([['高考本科上线率、总平均分', 1]])
  })
  it('completes a one-character first item with the rest of the last (煤、电…)', () => {
    expect(ranks('油、气保供量均居全国第二。')).toEqual([
      ['油保供量', 2],
      ['气保供量', 2],
    ])
  })

  it('pairs the subjects before 分别 with the ranks joined after, each its own', () => {
    expect(ranks('甲市、乙市分别位居全省非省会城市县域经济第1、第2。')).toEqual([['甲市', 1], ['乙市', 2]])
    expect(ranks('甲县、乙县、丙县分别居全市第3位、第5位和第8位。')).toEqual([['甲县', 3], ['乙县', 5], ['丙县', 8]])
  })

  it('gives the capacity ending the last ranked item to the bare things before it', () => {
    const ranked = figures('多晶硅、工业硅产能分别居全国第3、第5位。').map((m) => [m.label, m.value])
    expect(ranked).toEqual([['多晶硅产能', 3], ['工业硅产能', 5]])
    // A measure of its own, or what became of something, takes no capacity.
    expect(figures('某集团玻璃销量、光伏组件产能均居全国第一。').map((m) => m.label)[0]).toBe('某集团玻璃销量')
    expect(figures('三期项目全面达产、硅片产能全国第一。').map((m) => m.label)).toEqual(['硅片产能'])
  })
})
