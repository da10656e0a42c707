import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const levels = (body: string) => figures(body).map((m) => [m.label, m.confidence.level])

describe('labels without a predicate, an adverb or a cut word', () => {
  it('ends a counted noun before what became of the things (an adverb of the plan, a state, praise)', () => {
    expect(lvu('16家骨干企业生产经营平稳。')).toEqual([['骨干企业', 16, '家']])
    expect(lvu('9个县域特色产业持续巩固提升。')).toEqual([['县域特色产业', 9, '个']])
    expect(lvu('25个乡镇国土空间规划基本形成。')).toEqual([['乡镇国土空间规划', 25, '个']])
    expect(lvu('举办甲乙等40项品牌赛事叫好又叫座。')).toEqual([['品牌赛事', 40, '项']])
    expect(lvu('2300人通过异地搬迁过上好日子。')).toEqual([['异地搬迁', 2300, '人']])
    expect(lvu('遴选20项民生实事提交大会票决。')).toEqual([['民生实事', 20, '项']])
  })
  it('never cuts a chain of works events in half: the whole chain names short works, or goes after a long name', () => {
    expect(lvu('今年45个项目建成投产。')).toEqual([['项目建成投产', 45, '个']])
    expect(lvu('今年12个省级重点项目建成投产。')).toEqual([['省级重点项目', 12, '个']])
  })
  it('keeps 各 and its places whole in a subject, and drops them after a count', () => {
    expect(lvu('各县区压减一般性支出3.2亿元。')).toEqual([['各县区压减一般性支出', 3.2, '亿元']])
    expect(lvu('各地区梳理权责事项260项。')).toEqual([['各地区梳理权责事项', 260, '项']])
    expect(lvu('各市组建了12家国有投资公司。')).toEqual([['国有投资公司', 12, '家']])
    expect(lvu('支持各县在县城重点建设2个物流园区。')).toEqual([['物流园区', 2, '个']])
    expect(lvu('各市场主体新增300家。')[0]?.[0]).toBe('市场主体新增')
  })
  it('reads 提 alone as a rise, and how many people a figure is per as no part of its subject', () => {
    expect(lvu('良种覆盖率再提2个百分点。')).toEqual([['良种覆盖率', 2, '个百分点']])
    expect(lvu('药品抽检达每万人3.2批次。')).toEqual([['药品抽检', 3.2, '批次']])
    expect(lvu('每千人口执业医师数达3.1人。')).toEqual([['每千人口执业医师数', 3.1, '人']])
  })
  it('doubts things counted where a deed was done (在…), and drops the frame’s words (…上, 对)', () => {
    expect(levels('在5条主要干道上，增设公交专用道。')).toEqual([['主要干道', 'low']])
    expect(levels('在30个城市社区开展养老服务试点。')[0]?.[1]).toBe('low')
    // After 对 the things are what the deed acted on, as after a verb: 对 goes, the figure stands.
    expect(levels('完成对8个老旧小区实施改造。')[0]?.[0]?.startsWith('老旧小区')).toBe(true)
    // A time limit at the head of a clause says when, no figure (rules/elapsed-time.ts).
    expect(levels('在48小时内恢复了供电。')).toEqual([])
    expect(levels('在市区新建6处停车场。')).toEqual([['新建停车场', 'high']])
    expect(lvu('在6个重点行业集中开展安全检查。')[0]?.[0]).toBe('重点行业集中')
  })
  it('drops set phrases of manner from a label’s head', () => {
    expect(lvu('多措并举化解信访积案120件。')).toEqual([['化解信访积案', 120, '件']])
    expect(lvu('因地制宜建设村级光伏电站40座。')).toEqual([['村级光伏电站', 40, '座']])
  })
  it('drops a clause of its own glued before a subject by 、', () => {
    expect(lvu('茶叶量质齐升、良种率提高5个百分点。')[0]?.[0]).toBe('良种率')
    expect(lvu('营商环境持续优化、市场主体增长12%。')).toEqual([['市场主体', 12, '%']])
    expect(lvu('城镇、农村居民人均可支配收入分别增长5%、6%。').map((f) => f[0])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
  })
})
