import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

const flagged = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.confidence.level])

describe('rule: medal-count', () => {
  it('reads a tally by metal as one count per kind of medal, labelled with the games after 在', () => {
    expect(lvu('本市选手在全国青年运动会上获得6金2银3铜。')).toEqual([
      ['全国青年运动会金牌', 6, '金'],
      ['全国青年运动会银牌', 2, '银'],
      ['全国青年运动会铜牌', 3, '铜'],
    ])
    expect(lvu('我县健儿在省运会、省残运会上夺得2金5银的好成绩。')).toEqual([
      ['省运会、省残运会金牌', 2, '金'],
      ['省运会、省残运会银牌', 5, '银'],
    ])
  })
  it('drops the edition and the year from the name of the games', () => {
    expect(lvu('我市运动员在2023年第九届亚洲冬季运动会上斩获3银4铜。').map(([l]) => l)).toEqual(['亚洲冬季运动会银牌', '亚洲冬季运动会铜牌'])
  })
  it('takes the games named by 参加 in the same sentence, or opening the clause', () => {
    expect(lvu('组团参加省第九届少数民族运动会，取得7金9银的佳绩。').map(([l]) => l)).toEqual(['省少数民族运动会金牌', '省少数民族运动会银牌'])
    expect(lvu('全国学生运动会上我区代表队摘得1金3铜。').map(([l]) => l)).toEqual(['全国学生运动会金牌', '全国学生运动会铜牌'])
  })
  it('takes the games named last before the medals when a sentence names several', () => {
    expect(lvu('我县选手在全国锦标赛夺得2金1银，并获得省第五届农民运动会6金4铜的好成绩。').map(([l]) => l)).toEqual([
      '全国锦标赛金牌', '全国锦标赛银牌', '省农民运动会金牌', '省农民运动会铜牌',
    ])
    expect(lvu('我市选手在全国运动会上获得2枚金牌，残运会获得9枚奖牌，其中金牌5枚。').map(([l]) => l)).toEqual(['全国运动会金牌', '残运会奖牌', '残运会金牌'])
  })
  it('labels counts in 枚 or 块 with the games, the medal after or before the count', () => {
    expect(lvu('代表队在第八届城市运动会上获得12枚金牌、9枚银牌。')).toEqual([
      ['城市运动会金牌', 12, '枚'],
      ['城市运动会银牌', 9, '枚'],
    ])
    expect(lvu('选手获得国际赛事金牌7枚，全国比赛金牌30枚。').map(([l]) => l)).toEqual(['国际赛事金牌', '全国比赛金牌'])
  })
  it('reads the total after a tally as the medals of all kinds', () => {
    expect(lvu('我市选手在省第十届运动会上夺得4金2银6枚奖牌。')).toEqual([
      ['省运动会金牌', 4, '金'],
      ['省运动会银牌', 2, '银'],
      ['省运动会奖牌', 6, '枚'],
    ])
  })
  it('flags the medal when no games are named, never taking the subject of an earlier clause', () => {
    expect(flagged('全市体育工作成效明显，共获金牌9枚、银牌4枚。')).toEqual([
      ['金牌', 9, '枚', 'low'],
      ['银牌', 4, '枚', 'low'],
    ])
    expect(flagged('竞技体育水平不断提升，获得2金1银。')).toEqual([
      ['金牌', 2, '金', 'low'],
      ['银牌', 1, '银', 'low'],
    ])
  })
  it('flags a rank after medals of one kind: it ranks the whole tally', () => {
    const rank = figures('在全省第三届农民运动会上，获得金牌6枚、银牌3枚，位居全省第二。').find((m) => m.kind === 'rank')
    expect(rank?.confidence.level).toBe('low')
  })
  it('flags tallies paired with several games by 分别', () => {
    expect(flagged('在省运会和省残运会上分别获得3金2银和5金1铜。').every(([, , , c]) => c === 'low')).toBe(true)
  })
  it('reads a lone number before 金 as no medal, and words with 金 after a number as no tally', () => {
    expect(lvu('安排奖补资金3000万元，带动社会资金5亿元。').map(([, , u]) => u)).toEqual(['万元', '亿元'])
    expect(lvu('获得5金。').map(([, , u]) => u)).not.toContain('金')
  })
})
