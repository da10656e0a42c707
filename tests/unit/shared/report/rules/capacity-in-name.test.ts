import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

describe('rule: capacity-in-name', () => {
  it('reads an output written before the works it names as part of their name, not a figure', () => {
    expect(lvu('力争80万吨二期丙烯开工建设。')).toEqual([])
    expect(lvu('建成投产某某化工15万吨己内酰胺项目。')).toEqual([])
    expect(lvu('某某石化300万吨重油加工装置改造完成。')).toEqual([])
  })
  it('reads every item of a list of outputs closed by the works', () => {
    expect(lvu('10万吨多晶硅、3000吨锂盐回收、8万吨磷酸铁一期等项目加快建设。')).toEqual([])
  })
  it('keeps an output after its noun, an output ending its clause, and power before a project', () => {
    expect(lvu('新增粮食产能10万吨，新开工项目12个。')).toEqual([
      ['新增粮食产能', 10, '万吨'],
      ['新开工项目', 12, '个'],
    ])
    expect(lvu('全年处理生活垃圾35万吨。')).toEqual([['处理生活垃圾', 35, '万吨']])
    expect(lvu('加快推进150万千瓦光伏项目建设。')).toEqual([['光伏项目', 150, '万千瓦']])
  })
  it('leaves works after a count of another kind to that count, which still counts the list', () => {
    expect(lvu('推进某钢200万吨冷轧板、某某煤炭综合利用等500个亿元以上项目。').map(([l, v, u]) => `${l}${v}${u}`)).toContain(
      '亿元以上项目500个',
    )
    expect(lvu('20万吨成品油码头、集装箱码头一期等5个码头项目开工建设。')).toEqual([['码头项目', 5, '个']])
  })
  it('keeps the works as what the sentence is about', () => {
    expect(lvu('加快推进2万吨精制乳酸项目顺利投产，全年力争实现产值3亿元。')).toEqual([['精制乳酸项目产值', 3, '亿元']])
  })
  it('keeps a tonnage counted with no works in its clause', () => {
    expect(lvu('完成80万吨钢铁去产能任务，关停企业3家。').map(([l, v, u]) => `${l}${v}${u}`)).toContain('钢铁去产能80万吨')
  })
  it('reads a size in heads or machines written before the works it names as part of their name', () => {
    expect(lvu('某某公司50万台服务器项目开工建设。')).toEqual([])
    expect(lvu('加快推进200万头肉牛规模化养殖工程。')).toEqual([])
    expect(lvu('新增服务器装机20万台，生猪出栏80万头。')).toEqual([
      ['新增服务器装机', 20, '万台'],
      ['生猪出栏', 80, '万头'],
    ])
  })
  it('reads the outputs of a short list closed by its count of projects as their names', () => {
    expect(lvu('12万吨聚丙烯、30万吨甲醇等4个化工项目基本建成。')).toEqual([['化工项目', 4, '个']])
  })
  it('marks a power or a money size written before the works or cluster it names for a person to check', () => {
    const low = (s: string) => figures(s).map((m) => `${m.value}${m.unit}/${m.confidence.level}`)
    expect(low('建成某热电50MW余热供热站。')).toEqual(['50MW/low'])
    expect(low('实施某某100兆瓦等光伏发电项目。')).toEqual(['100兆瓦/low'])
    expect(low('加快形成500亿元新材料产业集群。')).toEqual(['500亿元/low'])
    expect(low('新增新能源装机60万千瓦。')).toEqual(['60万千瓦/high'])
  })
})
