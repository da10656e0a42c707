import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const labels = (body: string) => figures(body).map((m) => [m.label, m.value, m.confidence.reasons.includes('label-vague')])

describe('rule: owner-of-kind-before', () => {
  it('names the size of the industry the clause before opens with', () => {
    expect(labels('茶叶产业加快向精深加工延伸，产业规模达到85亿元。')).toEqual([['茶叶产业规模', 85, false]])
    expect(labels('钢铁产业绿色转型步伐加快，产业总量突破600亿元，铝加工产业提质增效，产业规模达到120亿元。')).toEqual([
      ['钢铁产业总量', 600, false],
      ['铝加工产业规模', 120, false],
    ])
  })
  it('reads back over clauses without figures to an industry the sentence grows', () => {
    expect(labels('做强做优生物医药产业，推进疫苗生产基地和原料药项目建设，力争营业收入突破300亿元。')).toEqual([
      ['生物医药产业营业收入', 300, false],
    ])
  })
  it('names the money of the body the clause before opens with', () => {
    expect(labels('城投集团新增授信额度80亿元，到位资金32.5亿元。').slice(1)).toEqual([['城投集团到位资金', 32.5, false]])
    expect(labels('全县3个产业开发区实现工业总产值150亿元，实现经营收入420亿元，完成财政收入12亿元。').slice(2)).toEqual([
      ['产业开发区经营收入', 420, false],
      ['产业开发区财政收入', 12, false],
    ])
  })
  it('names the money of the projects counted right before', () => {
    expect(labels('全年实施对口帮扶项目120个、到位资金8.6亿元。')).toEqual([
      ['对口帮扶项目', 120, false],
      ['对口帮扶项目到位资金', 8.6, false],
    ])
  })
  it('leaves the measure alone, and flags the vague ones, when the clause before names no such owner or two', () => {
    expect(labels('推动纺织产业和食品产业协同发展，产业总量达到90亿元。')).toEqual([['产业总量', 90, true]])
    // The funds the place drew in, after the projects signed, are not the projects' own.
    expect(labels('签约项目40个，预计引进到位资金增长12%。')[1]?.[0]).toBe('到位资金')
    expect(labels('新增市场主体5000户，到位资金2.1亿元。')[1]).toEqual(['到位资金', 2.1, true])
    expect(labels('加快建设电商产业园，力争年交易额突破3亿元。')).toEqual([['年交易额', 3, true]])
    expect(labels('全面推进农村生活垃圾分类处理，资源化利用率达到75%以上。')).toEqual([['资源化利用率', 75, true]])
  })
  it('does not read back over a figure of something else', () => {
    expect(labels('智能制造产业加快集聚，新能源装机超过50万千瓦，产业总量达到70亿元。').map((l) => l[0])).toEqual([
      '新能源装机',
      '产业总量',
    ])
  })
})
