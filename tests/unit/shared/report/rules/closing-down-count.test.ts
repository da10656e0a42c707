import { describe, expect, it } from 'vitest'
import { figures, lvu } from '../figures'

/** `关停` keeps what it closed counted (as the label files write it 11 times of 13), and takes no size or bound of one. */
describe('rules: attributive and number-before-noun with 关停', () => {
  it('keeps 关停 (and 关停取缔, 关停拆除) before the works and firms it closed', () => {
    expect(lvu('全年关停印染企业46家。')).toEqual([['关停印染企业', 46, '家']])
    expect(lvu('关停取缔“小散乱”作坊1200家。')).toEqual([['关停取缔小散乱作坊', 1200, '家']])
    expect(lvu('关停拆除沿河砂场75处。')).toEqual([['关停拆除沿河砂场', 75, '处']])
    expect(lvu('依法关停38家造纸企业。')).toEqual([['关停造纸企业', 38, '家']])
  })
  it('reads the power of the plants closed as a figure, but no size or bound of one plant', () => {
    expect(lvu('关停62.5万千瓦燃煤机组。')).toEqual([['关停燃煤机组', 62.5, '万千瓦']])
    expect(lvu('年内关停5.5米捣固焦炉。')).toEqual([])
    expect(lvu('分期关停20万千瓦以下燃煤机组。')).toEqual([])
    expect(lvu('关停2台15万千瓦燃煤机组。')).toEqual([['关停15万千瓦燃煤机组', 2, '台']])
  })
  it('flags a count read before a short modifier that a 、 list of them shares with the firms counted', () => {
    const [m] = figures('关停150家印染、电镀等行业的污染企业。')
    expect(m?.confidence?.level).toBe('low')
    const [n] = figures('关停并转600多家高能耗、高排放企业。')
    expect(n?.confidence?.level).toBe('low')
    // Each item with a count of its own is its own.
    expect(figures('建设12个田园综合体、30个产业园和80家龙头企业。').map((f) => f.confidence?.level)).toEqual(['high', 'high', 'high'])
  })
  it('flags the verb of closing down left alone, with what was closed named before', () => {
    const ms = figures('排查整治“散乱污”场所4200个，其中关停取缔1800个。')
    expect(ms.find((f) => f.value === 1800)?.confidence?.level).toBe('low')
  })
})
