import { describe, expect, it } from 'vitest'
import { lvu } from './figures'

describe('a verb of mere doing at a label’s head goes (发展, 梳理, 铺设, 排查)', () => {
  it('labels the things counted, not the work done on them', () => {
    expect(lvu('全年发展家庭农场1860家。')).toEqual([['家庭农场', 1860, '家']])
    expect(lvu('梳理“一件事一次办”事项215项。')).toEqual([['一件事一次办事项', 215, '项']])
    expect(lvu('年内铺设充电桩网点640个。')).toEqual([['充电桩网点', 640, '个']])
    expect(lvu('排查整治燃气安全隐患2.4万处。')).toEqual([['燃气安全隐患', 2.4, '万处']])
  })
  it('keeps 新发展, which says the things are new, and a label that only opens like the verb', () => {
    expect(lvu('新发展茶园3.5万亩。')).toEqual([['新发展茶园', 3.5, '万亩']])
    expect(lvu('地区生产总值增长6.1%，发展速度居全省第二。').map(([l]) => l)).toContain('地区生产总值')
  })
  it('drops a set phrase of manner before the verb (蹄疾步稳, 举一反三, 分区分类)', () => {
    expect(lvu('蹄疾步稳推出营商环境改革举措96项。')).toEqual([['营商环境改革举措', 96, '项']])
    expect(lvu('举一反三排查自建房安全隐患3100处。')).toEqual([['自建房安全隐患', 3100, '处']])
    expect(lvu('分区分类建设高标准农田42万亩。')).toEqual([['高标准农田', 42, '万亩']])
  })
})

describe('words that only open like a verb of mere doing stay whole', () => {
  it('keeps 发展 inside a name or a state of development, and 共有产权 after it', () => {
    expect(lvu('发展共有产权住房2000套。')).toEqual([['共有产权住房', 2000, '套']])
    expect(lvu('发展壮大村级集体经济项目46个。')).toEqual([['村级集体经济项目', 46, '个']])
    expect(lvu('梳理出涉企政策要点38项。')).toEqual([['涉企政策要点', 38, '项']])
    expect(lvu('发展相对滞后的乡镇减少到6个。').map(([l]) => l)).toEqual(['发展相对滞后的乡镇'])
  })
})

describe('a verb of mere doing stays before a noun of two characters', () => {
  it('keeps 发展教育 and 排查企业 whole: the noun alone says too little', () => {
    // (An amount put into it names the money by its purpose: 教育投入, rules/spent-on-purpose.ts.)
    expect(lvu('五年累计投入86.5亿元发展教育。')).toEqual([['教育投入', 86.5, '亿元']])
    expect(lvu('全年排查企业2150家。')).toEqual([['排查企业', 2150, '家']])
  })
})
