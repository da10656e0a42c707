import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.kind, m.confidence.reasons])

describe('rule: carry-subject', () => {
  it('gives a clause without a subject the sentence’s subject', () => {
    expect(view('全市地区生产总值达到2860亿元，增长5.6%。')).toEqual([
      ['地区生产总值', 2860, 'amount', []],
      ['地区生产总值', 5.6, 'growth', []],
    ])
  })
  it('marks a subject carried from further back than the clause before', () => {
    // (The increase itself is doubted as an amount of the thing: rules/confidence.test.ts.)
    expect(view('城乡居民存款余额突破3000亿元，比年初增加420亿元。')[1]?.[3]).toEqual(['kind-guessed'])
    expect(view('城乡居民存款余额突破3000亿元，增长12%。')[1]?.[3]).toEqual([])
    expect(view('城乡居民存款余额突破3000亿元，结构持续优化，增长12%。')[1]?.[3]).toContain('label-from-context')
  })
  it('reads a level reached after an addition as the total, named by the things (经营主体总量 after 净增 only)', () => {
    expect(view('经营主体净增3.2万户、突破45万户。').map((v) => v[0])).toEqual(['经营主体净增', '经营主体总量'])
    // Any addition before the things (新落户, 新增, 新获批), or after them or their owner (新增, 机场新开通…).
    expect(view('新落户总部企业6家、达120家。').map((v) => v[0])).toEqual(['新落户总部企业', '总部企业'])
    expect(view('新增高新技术企业320家、达到2100家。').map((v) => v[0])).toEqual(['新增高新技术企业', '高新技术企业'])
    expect(view('省级工程研究中心新增5家、达到31家。').map((v) => v[0])).toEqual(['省级工程研究中心新增', '省级工程研究中心'])
    expect(view('国际机场新开通国际航线8条、达96条。').map((v) => v[0])).toEqual(['国际机场新开通国际航线', '国际机场国际航线'])
  })
  it('reads a running total after an addition (累计…) as the level of the things, not of those added', () => {
    expect(view('新认定省级技术创新中心6家，累计48家。').map((v) => v[0])).toEqual(['新认定省级技术创新中心', '省级技术创新中心'])
    expect(view('新增境外上市企业3家、累计达27家。').map((v) => v[0])).toEqual(['新增境外上市企业', '境外上市企业'])
    // 累计新增 is an addition again, over a longer time: what was added stays in the label.
    expect(view('新建乡村公路90公里，累计新增乡村公路410公里。').map((v) => v[0])).not.toContain('乡村公路')
  })
  it('keeps a 力争 figure on the indicator and kind of the one before', () => {
    expect(view('一般公共预算收入增长5%左右，力争6%。').map((v) => [v[0], v[2]])).toEqual([
      ['一般公共预算收入', 'growth'],
      ['一般公共预算收入', 'growth'],
    ])
  })
  it('reads 超过上年 as a comparison, not a subject, and a total after it as the total of what was added', () => {
    expect(view('净增科技型企业52家、超过上年1倍，总数达260家。').map((f) => [f[0], f[1]])).toEqual([
      ['净增科技型企业', 52],
      ['净增科技型企业', 1],
      ['科技型企业总数', 260],
    ])
  })
  it('gives a clause whose only subject is a time word (三年, 两年) the sentence’s subject, to be checked', () => {
    expect(view('城市绿道达到1200公里，增长20%，三年增长1.5倍。')[2]).toEqual(['城市绿道', 1.5, 'growth', ['label-from-context']])
    // Right after the level, the multiple is that level's, dated over its years (comparison-base).
    const [, m] = figures('城市绿道达到1200公里，三年增长1.5倍。')
    expect([m?.label, m?.period, m?.confidence.level]).toEqual(['城市绿道', '2022-2024', 'high'])
  })
  it('never carries a subject across a sentence', () => {
    expect(view('全市地区生产总值增长5.6%。增长较快。同比增长3%。')).toHaveLength(1)
  })
  it('gives a multiple over some years right after a level that level\'s name, dated over those years', () => {
    const all = figures('高新技术企业净增420家，总数突破3000家、三年翻一番。')
    expect(all.map((m) => [m.label, m.value, m.period, m.confidence.level])).toEqual([
      ['高新技术企业净增', 420, '2024', 'high'],
      ['高新技术企业总数', 3000, '2024', 'high'],
      ['高新技术企业总数', 2, '2022-2024', 'high'],
    ])
  })
  it('gives the rate after an addition the things whose number grew, without the addition', () => {
    expect(lvu('全县经营主体净增3800户、增长11.2%。')).toEqual([
      ['经营主体净增', 3800, '户'],
      ['经营主体', 11.2, '%'],
    ])
    expect(lvu('规上服务业企业新增26家，增长8%。')).toEqual([
      ['规上服务业企业新增', 26, '家'],
      ['规上服务业企业', 8, '%'],
    ])
    // (A subject that is only the verb stays whole, and so do the parts after it.)
    expect(lvu('全区新登记3.1万户，增长12%，其中企业1.1万户。').map((f) => f[0])).toEqual(['新登记', '新登记', '新登记企业'])
    // (A level in between is the total, as before.)
    expect(lvu('科技型中小企业新增120家、达到900家。')).toEqual([
      ['科技型中小企业新增', 120, '家'],
      ['科技型中小企业', 900, '家'],
    ])
  })
  it('gives the whole year’s change after its parts the indicator the sentence opens with, not the last part’s name', () => {
    const year = (...body: string[]) => view(...body).filter((v) => v[1] === 6.1).map((v) => v[0])
    expect(year('经济增速稳步回升，一季度、上半年、前三季度分别增长5.2%、5.6%、5.9%，全年增长6.1%。')).toEqual(['地区生产总值'])
    expect(year('经济增长逐季加快，一季度增长5.2%，上半年增长5.6%，全年增长6.1%。')).toEqual(['地区生产总值'])
    expect(year('全区规上工业增加值稳中有升，一季度增长5.2%，上半年增长5.6%，全年增长6.1%。')).toEqual(['规上工业增加值'])
    // (No indicator named: the part's name stays, flagged as only a time.)
    const vague = view('运行稳中向好，一季度、上半年分别增长5.2%、5.6%，全年增长6.1%。').find((v) => v[1] === 6.1)
    expect(vague?.[3]).toContain('label-vague')
  })
})

describe('rule: carry-subject (a multiple of last year’s)', () => {
  it('carries the subject before over 是上年的N倍, never 是上年 as a label', () => {
    expect(figures('全省帮扶财政资金19.78亿元，是上年的近4倍。').map((m) => [m.label, m.value, m.qualifier])).toEqual([
      ['帮扶财政资金', 19.78, null],
      ['帮扶财政资金', 4, '近'],
    ])
  })
})
