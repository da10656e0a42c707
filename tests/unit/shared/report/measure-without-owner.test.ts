import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

/** label and whether a person is asked to check it, per figure. */
const checked = (...sentences: string[]) => figures(...sentences).map((m) => `${m.label}${needsCheck(m) ? ' 待核对' : ''}`)

describe('a measure of nobody alone as a label is checked by a person (报销比例, 产业规模, 投资额, 审批时间)', () => {
  it.each([
    ['提高城乡居民大病保险待遇，报销比例提高到65%。', '报销比例 待核对'],
    ['加快培育新能源汽车产业，产业规模突破800亿元。', '产业规模 待核对'],
    ['签约招商项目46个，投资额320亿元。', '投资额 待核对'],
    ['推行并联审批，审批时间压缩至15个工作日。', '审批时间 待核对'],
    ['风电项目陆续并网，新增装机容量12.4万千瓦。', '新增装机容量 待核对'],
  ])('%s', (sentence, expected) => {
    expect(checked(sentence).slice(-1)).toEqual([expected])
  })

  it('leaves a measure that names whose it is (职工医保住院报销比例, 数字经济核心产业规模)', () => {
    expect(checked('职工医保住院报销比例达到85%。', '数字经济核心产业规模突破800亿元。')).toEqual(['职工医保住院报销比例', '数字经济核心产业规模'])
  })
})
