import { describe, expect, it } from 'vitest'
import { lvu } from '../figures'

describe('rule: build-action', () => {
  it('keeps 新建 before what it counts (the new ones, not the stock), but not before things only counted as built', () => {
    expect(lvu('新建社区食堂30个，新建污水管网45公里。')).toEqual([
      ['新建社区食堂', 30, '个'],
      ['新建污水管网', 45, '公里'],
    ])
    expect(lvu('新建高标准农田6万亩。')).toEqual([['高标准农田', 6, '万亩']])
  })
  it('drops 建成/建设 before what is counted, 新建 before 高标准农田, and keeps it in a rate', () => {
    expect(lvu('新建高标准农田12万亩，建成5G基站2400个。')).toEqual([
      ['高标准农田', 12, '万亩'],
      ['5G基站', 2400, '个'],
    ])
    expect(lvu('新建项目对工业增长贡献率超40%。')).toEqual([['新建项目对工业增长贡献率', 40, '%']])
    // 新建设 is 新 + 建设: the verb goes whole, never leaving 设 in the label.
    expect(lvu('新建设高标准农田9万亩。')).toEqual([['高标准农田', 9, '万亩']])
    expect(lvu('建设乡镇污水处理站14座。')).toEqual([['乡镇污水处理站', 14, '座']])
    // 建设项目 is a thing, not something built.
    expect(lvu('建设项目总投资80亿元。')).toEqual([['建设项目总投资', 80, '亿元']])
  })
  it('keeps a chain of actions whole: what was built or rebuilt is counted, not the stock', () => {
    expect(lvu('新建改建村组道路260公里。')).toEqual([['新建改建村组道路', 260, '公里']])
    expect(lvu('新建改扩建中小学校8所，新建提升农贸市场12个，新建成投用污水处理厂3座。')).toEqual([
      ['新建改扩建中小学校', 8, '所'],
      ['新建提升农贸市场', 12, '个'],
      ['新建成投用污水处理厂', 3, '座'],
    ])
  })
  it('keeps 新建 joined by 和 to a work before things counted, and carries the pair along a series; before a length it goes', () => {
    expect(lvu('新建和改扩建托育机构14家、社区卫生服务站9个。')).toEqual([
      ['新建和改扩建托育机构', 14, '家'],
      ['新建和改扩建社区卫生服务站', 9, '个'],
    ])
    expect(lvu('新建及改造体育公园6座。')).toEqual([['新建及改造体育公园', 6, '座']])
    expect(lvu('新建和改扩建乡村道路320公里。')).toEqual([['乡村道路', 320, '公里']])
    expect(lvu('新建和改造提升高标准农田4万亩。')).toEqual([['高标准农田', 4, '万亩']])
  })
  it('keeps works built and being built together, but not a word that opens like 和', () => {
    expect(lvu('建成和在建城市轨道交通里程达180公里。')).toEqual([['建成和在建城市轨道交通里程', 180, '公里']])
    expect(lvu('新建和美村庄40个。')).toEqual([['新建和美村庄', 40, '个']])
  })
  it('keeps a noun that holds a build verb (建成区: nothing was built), and reads 拓展至 as reaching a level', () => {
    expect(lvu('建成区面积拓展至96.5平方公里，县城建成区绿地率提高到38%。')).toEqual([
      ['建成区面积', 96.5, '平方公里'],
      ['县城建成区绿地率', 38, '%'],
    ])
  })
  it('drops 浇建 (poured, of ice rinks) as it drops 建设', () => {
    expect(lvu('浇建社区冰场12块。')).toEqual([['社区冰场', 12, '块']])
  })
  it('drops 建成投产, 建成投用 before the thing counted, and keeps it alone after the things counted before', () => {
    expect(lvu('建成投产光伏组件项目6个，建成投用12所乡镇卫生院。')).toEqual([
      ['光伏组件项目', 6, '个'],
      ['乡镇卫生院', 12, '所'],
    ])
    expect(lvu('引进智能制造项目30个、建成投产18个。')).toEqual([
      ['智能制造项目', 30, '个'],
      ['智能制造项目建成投产', 18, '个'],
    ])
  })
  it('drops a whole chain of building actions before things only counted as built', () => {
    expect(lvu('建设改造高标准农田8万亩，新建改造提升高标准农田3万亩。')).toEqual([
      ['高标准农田', 8, '万亩'],
      ['高标准农田', 3, '万亩'],
    ])
  })
  it('keeps works chained to 新建 before a count whole, in the list opened by 等 and along the series after it', () => {
    expect(lvu('新建改建56个社区游园，新建和改造提升9个农贸市场。')).toEqual([
      ['新建改建社区游园', 56, '个'],
      ['新建和改造提升农贸市场', 9, '个'],
    ])
    expect(lvu('新建、改扩建14所乡镇卫生院。')).toEqual([['新建、改扩建乡镇卫生院', 14, '所']])
    expect(lvu('新建扩建科技馆、图书馆等5座文化场馆。')).toEqual([['新建扩建文化场馆', 5, '座']])
    expect(lvu('新建改建扩建7条景区道路、4个游客服务中心。')).toEqual([
      ['新建改建扩建景区道路', 7, '条'],
      ['新建改建扩建游客服务中心', 4, '个'],
    ])
    // 新建 alone stays as it was.
    expect(lvu('新建12所幼儿园。')).toEqual([['新建幼儿园', 12, '所']])
  })
})
