import { describe, expect, it } from 'vitest'
import { BRIEFING_VERSION, type Slide } from '@shared/schemas/briefing'
import { createSlide } from '@shared/briefing/deck-operations'
import { counterIds } from '@shared/ids'
import { MAX_PASTED_SLIDES, readSlidesPayload, slidesAsText, slidesPayload } from '../../../../src-renderer/src/stores/slide-clipboard'

const ids = counterIds()
const kpi: Slide = { ...createSlide('kpi', { newId: ids }), title: '主要指标', figures: [{ label: '地区生产总值', value: 5.1, unit: '%', qualifier: null, period: '2023', target: null }] }
const section: Slide = { ...createSlide('section', { newId: ids }), title: '一、工作回顾', bullets: ['经济稳中有进', '民生持续改善'] }

describe('slides on the clipboard', () => {
  it('round-trips slides through the JSON payload', () => {
    const text = JSON.stringify(slidesPayload('b-1', [kpi, section]))
    const read = readSlidesPayload(text)
    expect(read).toEqual({ ok: true, payload: { app: 'huibao', kind: 'slides', version: BRIEFING_VERSION, briefingId: 'b-1', slides: [kpi, section] } })
  })

  it('refuses what is not Huibao slides, without throwing', () => {
    expect(readSlidesPayload('地区生产总值增长5.1%')).toEqual({ ok: false, reason: 'invalid' })
    expect(readSlidesPayload('null')).toEqual({ ok: false, reason: 'invalid' })
    expect(readSlidesPayload(JSON.stringify({ app: 'other', kind: 'slides', version: 1, briefingId: 'b', slides: [kpi] }))).toEqual({ ok: false, reason: 'invalid' })
    // A slide that does not match its layout's schema (a KPI slide with seven cards) is refused as a whole.
    const broken = { ...kpi, figures: Array(7).fill((kpi as Extract<Slide, { layout: 'kpi' }>).figures[0]) }
    expect(readSlidesPayload(JSON.stringify(slidesPayload('b-1', [broken as Slide])))).toEqual({ ok: false, reason: 'invalid' })
    expect(readSlidesPayload(JSON.stringify({ ...slidesPayload('b-1', [kpi]), slides: [] })).ok).toBe(false)
    expect(readSlidesPayload(JSON.stringify(slidesPayload('b-1', Array(MAX_PASTED_SLIDES + 1).fill(kpi)))).ok).toBe(false)
  })

  it('says so when the slides come from a newer version', () => {
    expect(readSlidesPayload(JSON.stringify({ ...slidesPayload('b-1', [kpi]), version: BRIEFING_VERSION + 1 }))).toEqual({ ok: false, reason: 'newer-version' })
  })

  it('puts the slides’ words on the clipboard as plain text too, for a document', () => {
    expect(slidesAsText([kpi, section])).toBe('主要指标\n地区生产总值 5.1%\n\n一、工作回顾\n经济稳中有进\n民生持续改善')
  })
})
