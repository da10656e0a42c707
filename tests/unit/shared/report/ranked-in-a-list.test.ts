import { describe, expect, it } from 'vitest'
import { figures } from './figures'

/** label, value and kind of every figure, and whether it waits for a person (待核对). */
function read(body: string): [string, number, string, boolean][] {
  return figures(body).map((m) => [m.label, m.value, m.kind, m.confidence.level === 'low'])
}

describe('the place itself ranked in a named list or assessment: the list names the rank, without the verb', () => {
  it('a list of places (百强城市, 榜), a year before its name dropped', () => {
    expect(read('我市跃居全国先进制造业百强城市第42位。')).toEqual([['全国先进制造业百强城市', 42, 'rank', false]])
    expect(read('位列2024中国旅游百强县榜第9位。')).toEqual([['中国旅游百强县榜', 9, 'rank', false]])
  })

  it('an assessment after the verb (评价, 考核, 指数)', () => {
    expect(read('连续3年位居全省营商环境评价第一。')).toEqual([['全省营商环境评价', 1, 'rank', false]])
  })

  it('right after a figure, the rank stays the figure’s (what is ranked is not sure)', () => {
    // The subject as written: the text writes no 增速 (the label files' convention, as for gaps).
    const rankOf = figures('全市生产总值增长7.1%，位列全国百强城市第12位。')[1]
    expect(rankOf?.label).toBe('生产总值')
  })
})

describe('a rank whose label is only its verb and where (居全省, 排全国) waits for a person', () => {
  it('nothing ranked is named', () => {
    expect(read('蔬菜生产稳定，居全省第二。')).toEqual([['居全省', 2, 'rank', true]])
  })
})

describe('a rank whose label kept its own verb (居东北地区, 位列金牌榜) waits for a person', () => {
  it('the verb and the group are flagged; a name opened by the same character (居民) is not', () => {
    expect(read('服务业发展加快，居东北地区首位。')).toEqual([['居东北地区', 1, 'rank', true]])
    expect(read('居民人均可支配收入居全省第一。')).toEqual([['居民人均可支配收入', 1, 'rank', false]])
  })
})

describe('分列 and 分居 pair the ranks as 分别 does; after a score (得分, 平均分) 分 is the score’s', () => {
  it('ranks of the figures before, or of the subjects listed, in order', () => {
    expect(read('工业投资、技改投资分别增长12.4%、15.1%，分居全省第4、第6。').slice(2)).toEqual([
      ['工业投资', 4, 'rank', false],
      ['技改投资', 6, 'rank', false],
    ])
    expect(read('粮食产量和油料产量分列全省第2位和第5位。')).toEqual([
      ['粮食产量', 2, 'rank', false],
      ['油料产量', 5, 'rank', false],
    ])
  })

  it('a score before 居 or 列 keeps its 分', () => {
    expect(read('营商环境综合得分居全省第3位。')).toEqual([['营商环境综合得分', 3, 'rank', false]])
  })
})
