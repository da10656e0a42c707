import { describe, expect, it } from 'vitest'
import { formatFigure, formatNumber, formatPeriod, isTargetPeriod } from '../../../../src-shared/charts/format'

describe('formatFigure', () => {
  it('writes qualifiers where Chinese puts them', () => {
    expect(formatFigure(50, '%', '超')).toBe('超50%')
    expect(formatFigure(5.5, '%', '以上')).toBe('5.5%以上')
    expect(formatFigure(3, '万人', '约')).toBe('约3万人')
    expect(formatFigure(200, '亿元', '突破')).toBe('突破200亿元')
    expect(formatFigure(11.1, '%', '年均')).toBe('年均11.1%')
    expect(formatFigure(6, '%', '左右')).toBe('6%左右')
    expect(formatFigure(4, '%', '以内')).toBe('4%以内')
    expect(formatFigure(5.3, '%', '以下')).toBe('5.3%以下')
    expect(formatFigure(50, '%', '不低于')).toBe('不低于50%')
    expect(formatFigure(100, '家', '多')).toBe('100多家')
    expect(formatFigure(3, '万人', '多')).toBe('3万多人')
    expect(formatFigure(4, '%', '以内')).toBe('4%以内')
    expect(formatFigure(3, '%', '以下')).toBe('3%以下')
    expect(formatFigure(90, '%', '不低于')).toBe('不低于90%')
    expect(formatFigure(5.5, '%', '控制在')).toBe('控制在5.5%')
    expect(formatFigure(921, '亿元', null)).toBe('921亿元')
    expect(formatFigure(921, '亿元')).toBe('921亿元')
  })

  it('keeps written precision and signs', () => {
    expect(formatFigure(-11.6, '%', null)).toBe('-11.6%')
    expect(formatFigure(98.97, '%', null)).toBe('98.97%')
    expect(formatFigure(15000, '元', null)).toBe('15000元')
    expect(formatNumber(0.1 + 0.2)).toBe('0.3')
    expect(formatNumber(1e21 + 0)).toBe('1e+21')
    expect(formatNumber(0.0000012)).toBe('0.0000012')
  })

  it('names periods', () => {
    expect(formatPeriod('2023')).toBe('2023年')
    expect(formatPeriod('2024 target')).toBe('2024年目标')
    expect(formatPeriod(null)).toBe('—')
    expect(isTargetPeriod('2024 target')).toBe(true)
    expect(isTargetPeriod('2023')).toBe(false)
    expect(isTargetPeriod(null)).toBe(false)
  })
})
