import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind])

describe('rule: share-of', () => {
  it('names a share written with 占', () => {
    expect(view('对东盟出口占45%。')).toEqual([['对东盟出口占比', 45, 'share']])
    expect(view('光伏组件产量增长18%、占全国1/5。')).toEqual([
      ['光伏组件产量', 18, 'growth'],
      ['光伏组件产量占全国比重', 20, 'share'],
    ])
    // A part of a whole written out is named as its share, as most label files do; 占到's 到 is the verb's.
    expect(view('教育支出占一般公共预算支出的17.5%。')).toEqual([['教育支出占一般公共预算支出比重', 17.5, 'share']])
    expect(view('装备制造业产值占到全市工业产值的31%。')).toEqual([['装备制造业产值占全市工业产值比重', 31, 'share']])
    expect(view('数字经济增加值占地区生产总值10%左右。')).toEqual([['数字经济增加值占地区生产总值比重', 10, 'share']])
    // …not what is no share (占用, 占地) nor one named already (占比, …率, …比).
    expect(view('“两金”占用下降12%。')[0]?.[0]).toBe('两金占用')
    expect(view('装配式建筑占新建建筑比达到30%。')[0]?.[0]).toBe('装配式建筑占新建建筑比')
  })
  it('makes a share clause without a subject a share of the sentence\'s subject', () => {
    expect(view('开发区工业产值1250亿元，占全市比重58%。')).toEqual([
      ['开发区工业产值', 1250, 'amount'],
      ['开发区工业产值占全市比重', 58, 'share'],
    ])
    expect(view('教育支出96亿元，占一般公共预算支出17.5%。')).toEqual([
      ['教育支出', 96, 'amount'],
      ['教育支出占一般公共预算支出比重', 17.5, 'share'],
    ])
  })

  it('pairs a list before 分别占 with its shares, a later measure taking the first item’s head', () => {
    expect(view('技术合同数及总金额分别占全市40%、45%。')).toEqual([
      ['技术合同数占全市比重', 40, 'share'],
      ['技术合同总金额占全市比重', 45, 'share'],
    ])
    expect(view('专利授权量、发明专利授权量分别占全省42.1%、50.3%。').map((v) => v[0])).toEqual([
      '专利授权量占全省比重',
      '发明专利授权量占全省比重',
    ])
  })
  it('reads 约 before 占 as the share\'s bound, not part of what is measured', () => {
    const [m] = figures('原煤产量约占全国的1/4。')
    expect([m?.label, m?.value, m?.qualifier]).toEqual(['原煤产量占全国比重', 25, '约'])
  })
})
