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
    ['海上风电加快建设，新增装机150万千瓦。', '新增装机 待核对'],
    ['康复辅助器具企业加快发展，主营业务收入增长12%。', '主营业务收入 待核对'],
    // (With the industry at the head of the clause before, the revenue is its own: owner-of-kind-before.)
    ['康复辅助器具产业加快发展，主营业务收入增长12%。', '康复辅助器具产业主营业务收入'],
    ['打造现代农业产业集群，全产业链产值超过900亿元。', '全产业链产值 待核对'],
    ['煤矿瓦斯抽采持续推进，利用量达到12亿立方米。', '利用量 待核对'],
    ['支持乡村振兴，投入财政资金16.5亿元。', '财政资金 待核对'],
    ['营商环境评价中，综合得分居西部第2位。', '综合得分 待核对'],
    ['推进集体林权制度改革，形成8个典型案例。', '典型案例 待核对'],
    ['实施燃气管网延伸工程，主城区新增3200户。', '主城区新增 待核对'],
    // A generic measure whose owner was not named as a measure of its own: houses handed over, a rate's improvement.
    ['安置房建设全力推进，交付量1.8万套。', '交付量 待核对'],
    ['河湖治理成效明显，改善幅度居全省第三。', '改善幅度 待核对'],
    ['授权量增长25%。', '授权量 待核对'],
  ])('%s', (sentence, expected) => {
    expect(checked(sentence).slice(-1)).toEqual([expected])
  })

  it('leaves a measure that names whose it is (职工医保住院报销比例, 数字经济核心产业规模)', () => {
    expect(checked('职工医保住院报销比例达到85%。', '数字经济核心产业规模突破800亿元。')).toEqual(['职工医保住院报销比例', '数字经济核心产业规模'])
  })
})

describe('a piece of the predicate as a label is checked by a person (于近期, 目前已落地, 调整优化)', () => {
  it.each([
    ['下放的审批事项已落地21项，剩余3项将于年底落地。', '于年底 待核对'],
    ['承接省级下放权限56项，目前已落地40项。', '目前已落地 待核对'],
    ['整合职业院校布局，由30所调整优化为18所。', '由 待核对'],
    ['新开通公交线路12条，调整优化25条。', '调整优化 待核对'],
    ['经过经济普查，12个县区地区生产总值都不同程度有所增加，全市共增加270亿元，2024年达到1309亿元。', '县区地区生产总值都不同程度有所增加 待核对'],
  ])('%s', (sentence, expected) => {
    expect(checked(sentence).slice(-1)).toEqual([expected])
  })

  it('leaves a label whose adverb-like opening is part of a name (先行启动区, 再就业)', () => {
    expect(checked('加快建设2个先行启动区。', '下岗失业人员再就业1800人。')).toEqual(['先行启动区', '下岗失业人员再就业'])
  })
})
