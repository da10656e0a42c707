import { describe, expect, it } from 'vitest'
import { confirmed, needsCheck } from '../../../../src-shared/report/needs-check'
import { figureText } from '../../../../src-shared/report/figure-text'
import { figures } from './figures'

describe('待核对 and how a figure is written in the table', () => {
  const [unsure] = figures('发放资金12亿元，其中企业3亿元。')
  const [sure] = figures('全市地区生产总值增长5.6%。')

  it('a figure the parser doubts needs checking until a person edits or pins it', () => {
    expect(needsCheck(unsure!)).toBe(true)
    expect(needsCheck(sure!)).toBe(false)
    expect(needsCheck({ ...unsure!, edited: true })).toBe(false)
    expect(needsCheck({ ...unsure!, pinned: true })).toBe(false)
    expect(confirmed(unsure!).confidence).toEqual({ level: 'high', reasons: [] })
  })

  it('writes ranges, averages and converted words', () => {
    expect(figureText(figures('全市生产总值增长4.5%—5%。')[0]!)).toBe('4.5—5%')
    expect(figureText(figures('地区生产总值年均增长6%以上。')[0]!)).toBe('年均6%以上')
    expect(figureText(figures('园区产值翻一番。')[0]!)).toBe('2倍（翻一番）')
    expect(figureText(sure!)).toBe('5.6%')
  })

  it('a rank counted from the bottom is written as the report writes it, and checked before it goes on a slide', () => {
    const [last] = figures('全县人均财政收入在全市排名倒数第2位。')
    expect(last).toMatchObject({ label: '人均财政收入', value: 2, unit: '位', kind: 'rank', written: '倒数第2位' })
    expect(figureText(last!)).toBe('倒数第2位')
    expect(needsCheck(last!)).toBe(true)
    const [top] = figures('全县人均财政收入在全市排名第2位。')
    expect(figureText(top!)).not.toContain('倒数')
  })
})
