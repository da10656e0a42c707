import { describe, expect, it } from 'vitest'
import { commonCodePoints, coreCodePoints, planSlices, unicodeRange } from '../../../../src-main/build/screen-fonts'

const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!)

describe('screen font subsets', () => {
  it('puts Latin, punctuation and GB 2312 level 1 in the core, level 2 in the common subset', () => {
    const core = coreCodePoints()
    const common = commonCodePoints()
    for (const c of cp('Aa0%，。、；：“”（）《》—…·℃①Ⅱ榆林市政府工作报告经济增长')) expect(core.has(c), String.fromCodePoint(c)).toBe(true)
    for (const c of cp('锂佼暨柚竺祉宸腩嗦圩赈笃葆锲')) {
      expect(core.has(c), String.fromCodePoint(c)).toBe(false)
      expect(common.has(c), String.fromCodePoint(c)).toBe(true)
    }
    expect(common.size).toBe(3008)
    expect([...common].some((c) => core.has(c))).toBe(false)
    expect(core.has(cp('勠')[0]!) || common.has(cp('勠')[0]!)).toBe(false)
  })

  it('writes unicode-range as runs', () => {
    expect(unicodeRange([0x41, 0x20, 0x21, 0x22, 0x4e00])).toBe('U+20-22,U+41,U+4E00')
  })

  it('slices every code point of the font exactly once', () => {
    const font = [...cp(' AB，。林锂暨勠'), ...Array.from({ length: 25 }, (_, i) => 0x20000 + i)]
    const plan = planSlices(font, coreCodePoints(), commonCodePoints(), 10)
    expect(plan.core).toEqual(cp(' AB，。林').sort((a, b) => a - b))
    expect(plan.common).toEqual(cp('锂暨').sort((a, b) => a - b))
    expect(plan.tail.map((s) => s.length)).toEqual([10, 10, 6])
    const all = [plan.core, plan.common, ...plan.tail].flat().sort((a, b) => a - b)
    expect(all).toEqual([...font].sort((a, b) => a - b))
  })
})
