import { describe, expect, it } from 'vitest'
import { BODY_BOX, SLIDE_TYPE, kpiCardBoxes, listFontSize } from '../../../../src-shared/slides/theme'

describe('slide theme', () => {
  it('sizes lists larger when short, smaller when long, never under 28 px', () => {
    expect(listFontSize(['2023年工作回顾', '2024年工作安排', '全面加强政府自身建设'])).toBe(SLIDE_TYPE.bullet + 6)
    expect(listFontSize(Array.from({ length: 5 }, () => '一二三四五六七八九十一二三四五六七八九十一二三四五'))).toBe(SLIDE_TYPE.bullet)
    expect(listFontSize(Array.from({ length: 12 }, () => '很长的一条'.repeat(10)))).toBe(SLIDE_TYPE.small)
    expect(SLIDE_TYPE.small).toBeGreaterThanOrEqual(28)
  })

  it('lays out 1 to 6 KPI cards inside the body area without overlap', () => {
    for (let n = 1; n <= 6; n++) {
      const boxes = kpiCardBoxes(n)
      expect(boxes).toHaveLength(n)
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(BODY_BOX.x - 0.001)
        expect(b.x + b.width).toBeLessThanOrEqual(BODY_BOX.x + BODY_BOX.width + 0.001)
        expect(b.y + b.height).toBeLessThanOrEqual(BODY_BOX.y + BODY_BOX.height + 0.001)
      }
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const [a, c] = [boxes[i]!, boxes[j]!]
          const apart = a.x + a.width <= c.x || c.x + c.width <= a.x || a.y + a.height <= c.y || c.y + c.height <= a.y
          expect(apart).toBe(true)
        }
    }
  })
})
