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
    expect(view('教育支出占一般公共预算支出的17.5%。')).toEqual([['教育支出占一般公共预算支出', 17.5, 'share']])
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
})
