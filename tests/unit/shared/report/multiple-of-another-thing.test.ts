import { describe, expect, it } from 'vitest'
import { needsCheck } from '../../../../src-shared/report/needs-check'
import { figures } from './figures'

/** `label=value+unit/kind` and whether a person should check it, for each figure of a review of 2024. */
const read = (...body: string[]) =>
  figures(...body).map((m) => `${m.label}=${m.value}${m.unit}/${m.kind}${needsCheck(m) ? '/待核对' : ''}`)

describe('a multiple of another thing', () => {
  it('is a ratio of two quantities, not a growth of the subject, and a person checks it', () => {
    expect(read('全县农民人均纯收入达到9800元，是贫困线标准的2.6倍。')).toEqual([
      '农民人均纯收入=9800元/amount',
      '农民人均纯收入=2.6倍/share/待核对',
    ])
    expect(read('我县人均公园绿地面积是全省平均水平的1.8倍。')).toEqual(['人均公园绿地面积=1.8倍/share/待核对'])
    // 上 and 前 open a time before only when a time follows (上年, 前三年), not in 上级 or 上海.
    expect(read('全县人均绿地面积是上海的1.2倍。')).toEqual(['人均绿地面积=1.2倍/share/待核对'])
    expect(read('全年完成植树造林4.2万亩，为市下达任务的2.1倍。')).toEqual([
      '植树造林=4.2万亩/amount',
      expect.stringMatching(/=2\.1倍\/share\/待核对$/),
    ])
  })

  it('keeps a bound before the base as the figure\'s bound', () => {
    const [m] = figures('孤儿基本生活费不低于当地城乡低保标准的2倍。')
    expect(m).toMatchObject({ value: 2, unit: '倍', kind: 'share', qualifier: '不低于' })
  })

  it('leaves a multiple of the subject\'s own past a growth', () => {
    for (const base of ['2019年', '“十二五”末', '上个五年', '五年前', '上年', '上一届', '前三年总和', '改革前', '过去五年总和']) {
      const [m] = figures(`全市进出口总额达到360亿元，是${base}的1.7倍。`).slice(1)
      expect(m, base).toMatchObject({ value: 1.7, unit: '倍', kind: 'growth' })
    }
  })
})
