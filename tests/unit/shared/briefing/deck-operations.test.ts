import { describe, expect, it } from 'vitest'
import type { BriefingContent, Slide } from '../../../../src-shared/schemas/briefing'
import { BriefingContentSchema, SlideSchema } from '../../../../src-shared/schemas/briefing'
import {
  addSlide,
  counterIds,
  createBriefing,
  createSlide,
  duplicateSlide,
  moveSlide,
  removeSlide,
  setHidden,
  updateSlide,
} from '../../../../src-shared/briefing/deck-operations'
import { SLIDE_LAYOUTS } from '../../../../src-shared/schemas/briefing'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value as object)) deepFreeze(v)
  }
  return value
}

function deck(): BriefingContent {
  const ids = counterIds()
  const slides: Slide[] = [
    createSlide('cover', { newId: ids }),
    { ...createSlide('section', { newId: ids }), title: '甲', bullets: ['一', '二'] },
    { ...createSlide('section', { newId: ids }), title: '乙', bullets: [] },
    createSlide('closing', { newId: ids }),
  ]
  return deepFreeze(createBriefing('测试汇报', { id: 'b-test', newId: ids, slides }))
}

const titles = (b: BriefingContent) => b.slides.map((s) => s.id)

describe('deck operations', () => {
  it('createBriefing gives valid content with a cover by default', () => {
    const b = createBriefing('2024年政府工作报告', { id: 'b-1', newId: counterIds(), organization: '玉林市人民政府' })
    expect(BriefingContentSchema.parse(b)).toEqual(b)
    expect(b.slides).toHaveLength(1)
    expect(b.slides[0]).toMatchObject({ layout: 'cover', title: '2024年政府工作报告', organization: '玉林市人民政府', id: 's-1' })
    expect(createBriefing('x').id).toMatch(/^b-[a-z0-9]+$/)
  })

  it('createSlide makes a valid slide of every layout', () => {
    for (const layout of SLIDE_LAYOUTS) {
      const s = createSlide(layout, { newId: counterIds() })
      expect(s.layout).toBe(layout)
      expect(SlideSchema.parse(s)).toEqual(s)
    }
  })

  it('addSlide inserts at a position (clamped) or at the end, without touching the input', () => {
    const b = deck()
    const s = { ...createSlide('quote', { newId: () => 'new' }), quote: '引文' }
    expect(titles(addSlide(b, s, 1))).toEqual(['s-1', 'new', 's-2', 's-3', 's-4'])
    expect(titles(addSlide(b, s))).toEqual(['s-1', 's-2', 's-3', 's-4', 'new'])
    expect(titles(addSlide(b, s, 99))).toEqual(['s-1', 's-2', 's-3', 's-4', 'new'])
    expect(titles(addSlide(b, s, -3))).toEqual(['new', 's-1', 's-2', 's-3', 's-4'])
    expect(titles(b)).toEqual(['s-1', 's-2', 's-3', 's-4'])
  })

  it('removeSlide removes by id; an unknown id changes nothing', () => {
    const b = deck()
    expect(titles(removeSlide(b, 's-2'))).toEqual(['s-1', 's-3', 's-4'])
    expect(removeSlide(b, 'nope')).toBe(b)
    expect(b.slides).toHaveLength(4)
  })

  it('duplicateSlide inserts a deep copy after the original with a new id', () => {
    const b = deck()
    const d = duplicateSlide(b, 's-2', () => 'copy')
    expect(titles(d)).toEqual(['s-1', 's-2', 'copy', 's-3', 's-4'])
    const [orig, copy] = [d.slides[1], d.slides[2]]
    expect(copy).toEqual({ ...orig, id: 'copy' })
    if (orig?.layout !== 'section' || copy?.layout !== 'section') throw new Error('layout')
    expect(copy.bullets).not.toBe(orig.bullets)
    // The copy is editable although the input is frozen.
    copy.bullets.push('三')
    expect(orig.bullets).toEqual(['一', '二'])
    expect(duplicateSlide(b, 'nope')).toBe(b)
    expect(duplicateSlide(b, 's-1').slides[1]?.id).toMatch(/^s-[a-z0-9]+$/)
  })

  it('moveSlide moves from one index to another, clamped', () => {
    const b = deck()
    expect(titles(moveSlide(b, 0, 2))).toEqual(['s-2', 's-3', 's-1', 's-4'])
    expect(titles(moveSlide(b, 3, 0))).toEqual(['s-4', 's-1', 's-2', 's-3'])
    expect(titles(moveSlide(b, 1, 10))).toEqual(['s-1', 's-3', 's-4', 's-2'])
    expect(moveSlide(b, 2, 2)).toBe(b)
    expect(titles(b)).toEqual(['s-1', 's-2', 's-3', 's-4'])
  })

  it('setHidden and updateSlide return new objects and share untouched slides', () => {
    const b = deck()
    const h = setHidden(b, 's-3', true)
    expect(h).not.toBe(b)
    expect(h.slides[2]?.hidden).toBe(true)
    expect(b.slides[2]?.hidden).toBe(false)
    expect(h.slides[0]).toBe(b.slides[0])
    expect(setHidden(b, 's-3', false)).toBe(b)
    expect(setHidden(b, 'nope', true)).toBe(b)

    const u = updateSlide(b, 's-2', { title: '新标题', bullets: ['甲乙'] })
    expect(u.slides[1]).toMatchObject({ id: 's-2', layout: 'section', title: '新标题', bullets: ['甲乙'] })
    expect(b.slides[1]).toMatchObject({ title: '甲', bullets: ['一', '二'] })
    // id and layout never change through a patch.
    const sneaky = updateSlide(b, 's-2', { title: 'x', ...({ id: 'other', layout: 'kpi' } as object) })
    expect(sneaky.slides[1]).toMatchObject({ id: 's-2', layout: 'section', title: 'x' })
    expect(updateSlide(b, 'nope', { title: 'x' })).toBe(b)
  })

  it('counterIds is deterministic and can carry a base', () => {
    const a = counterIds()
    expect([a('s'), a('s'), a('b')]).toEqual(['s-1', 's-2', 'b-3'])
    expect(counterIds('d')('s')).toBe('d-s-1')
  })
})
