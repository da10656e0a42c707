import { describe, expect, it } from 'vitest'
import { SlideSchema } from '../../../../src-shared/schemas/briefing'
import { counterIds } from '../../../../src-shared/ids'
import { findTargetMetric } from '../../../../src-shared/briefing/from-report'
import { firstSentence } from '../../../../src-shared/briefing/report-text'
import { chartSlideFromMetrics } from '../../../../src-shared/slides/layouts/chart'
import { kpiSlideFromMetrics } from '../../../../src-shared/slides/layouts/kpi'
import { sectionSlideFromSection } from '../../../../src-shared/slides/layouts/section'
import { tableSlideFromMetrics } from '../../../../src-shared/slides/layouts/table'
import { handMadeReport } from '../briefing/hand-made-report'

const report = handMadeReport()
const ids = { newId: counterIds() }
const metric = (id: string) => {
  const m = report.metrics.find((x) => x.id === id)
  if (!m) throw new Error(id)
  return m
}

describe('slide factories', () => {
  it('section slide: title, bullets from leads else headlines of sentences, sources', () => {
    const s = sectionSlideFromSection(report, 'sec-2-1', ids)
    expect(SlideSchema.parse(s)).toEqual(s)
    expect(s.title).toBe('全力做好强产业文章')
    // Leads, else the opening clause of the first sentence; with fewer than three, the following sentences too.
    expect(s.bullets).toEqual(['大力打造工业强市', '加快建设现代化产业体系', '坚持工业强市战略不动摇', '培育新兴产业'])
    expect(s.sources).toEqual([{ reportId: 'r-test', sectionId: 'sec-2-1' }])
    expect(s.notes).toContain('大力打造工业强市。')
  })

  it('section slide: at most six bullets, each at most two lines, never cut; metric quotes in the notes', () => {
    const r = structuredClone(report)
    const sec = r.sections[2]
    if (!sec) throw new Error('fixture')
    sec.paragraphs = Array.from({ length: 9 }, (_, i) => ({ id: `x${i}`, text: `  第${i}条措施${'很长'.repeat(i === 0 ? 60 : 1)}。后文。`, start: 0, end: 1 }))
    const s = sectionSlideFromSection(r, 'sec-3', ids)
    expect(s.bullets).toHaveLength(6)
    // The first paragraph's point would take three lines: it is left out, never cut with “…”.
    expect(s.bullets[0]).toBe('第1条措施很长')
    expect(s.bullets.some((b) => b.includes('…'))).toBe(false)
    const withMetrics = sectionSlideFromSection(report, 'sec-1-1', ids)
    expect(withMetrics.notes).toContain('工业投资总量完成921亿元')
  })

  it('section slide: a section with no paragraphs lists its subsections; unknown ids throw', () => {
    const r = structuredClone(report)
    const sec = r.sections[1]
    if (!sec) throw new Error('fixture')
    sec.paragraphs = []
    expect(sectionSlideFromSection(r, 'sec-2', ids).bullets).toEqual(['全力做好强产业文章', '持续扩大对内对外开放', '切实保障改善民生'])
    expect(() => sectionSlideFromSection(report, 'nope', ids)).toThrow(/nope/)
  })

  it('firstSentence stops at the first full stop', () => {
    expect(firstSentence('  坚持依法行政。自觉接受监督。')).toBe('坚持依法行政。')
    expect(firstSentence('没有句号')).toBe('没有句号')
  })

  it('KPI slide pairs each figure with its target of the same indicator (or label), kind and unit', () => {
    const s = kpiSlideFromMetrics(report, ['m1', 'm2', 'm9', 'm4'], { ...ids, title: '主要指标' })
    expect(SlideSchema.parse(s)).toEqual(s)
    expect(s.figures.map((f) => f.metricId)).toEqual(['m1', 'm2', 'm9', 'm4'])
    expect(s.figures[0]).toEqual({
      metricId: 'm1',
      label: '地区生产总值',
      value: 3.3,
      unit: '%',
      qualifier: null,
      period: '2023',
      kind: 'growth',
      high: null,
      target: { metricId: 't1', value: 5.5, unit: '%', qualifier: '以上', period: '2024 target', kind: 'growth', high: null },
    })
    expect(s.figures[1]?.target).toBeNull()
    expect(s.figures[2]?.target).toMatchObject({ metricId: 't3', value: 140, unit: '家', qualifier: null, period: '2024 target' })
    // The targets are figures of the slide too: its sources name them.
    expect(s.sources).toEqual([{ reportId: 'r-test', metricIds: ['m1', 'm2', 'm9', 'm4', 't1', 't3'] }])
    expect(s.notes).toContain('全市地区生产总值增长3.3%')
  })

  it('target pairing ignores goals in another unit and goals themselves', () => {
    // 工业投资总量 921亿元: a growth goal of the same label would not be its target.
    const r = structuredClone(report)
    r.metrics.push({ ...metric('m5'), id: 't9', value: 12, period: '2024 target' })
    const get = (id: string) => r.metrics.find((m) => m.id === id)!
    expect(findTargetMetric(r, get('m4'))).toBeNull()
    expect(findTargetMetric(r, get('m5'))?.id).toBe('t9')
    expect(findTargetMetric(r, get('t1'))).toBeNull()
    // A goal 待核对 is no target until a person confirms it.
    get('t9').confidence = { level: 'low', reasons: ['label-from-context'] }
    expect(findTargetMetric(r, get('m5'))).toBeNull()
  })

  it('target pairing goes by indicator when both have one: 外贸进出口 meets 外贸进出口总额, not 进出口 of another kind', () => {
    const r = structuredClone(report)
    const get = (id: string) => r.metrics.find((m) => m.id === id)!
    r.metrics.push({ ...get('m12'), id: 't8', label: '外贸进出口总额', value: 10, qualifier: '以上', period: '2024 target' })
    r.metrics.push({ ...get('m12'), id: 't7', label: '外贸进出口总额', kind: 'amount', unit: '亿元', value: 900, period: '2024 target' })
    expect(findTargetMetric(r, get('m12'))?.id).toBe('t8')
    // Labels alike but indicators apart are no pair.
    get('t8').indicator = 'services-trade'
    expect(findTargetMetric(r, get('m12'))).toBeNull()
  })

  it('KPI slide wants 2..6 known metrics', () => {
    expect(() => kpiSlideFromMetrics(report, ['m1'], ids)).toThrow(RangeError)
    expect(() => kpiSlideFromMetrics(report, ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'], ids)).toThrow(RangeError)
    expect(() => kpiSlideFromMetrics(report, ['m1', 'zz'], ids)).toThrow(/zz/)
  })

  it('chart slide keeps figures, type and sources (with the section when all share one)', () => {
    const s = chartSlideFromMetrics(report, ['m4', 'm7', 'm8'], 'bar', ids)
    expect(SlideSchema.parse(s)).toEqual(s)
    expect(s.chart.type).toBe('bar')
    expect(s.chart.figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['工业投资总量', 921, '亿元'],
      ['新增工业产能规模', 250, '亿元'],
      ['华友产值', 110, '亿元'],
    ])
    expect(s.sources).toEqual([{ reportId: 'r-test', sectionId: 'sec-1-1', metricIds: ['m4', 'm7', 'm8'] }])
    const t = chartSlideFromMetrics(report, ['m1'], 'target', ids)
    expect(t.chart.figures[0]?.target?.value).toBe(5.5)
  })

  it('table slide: rows = labels, columns = periods, formatted cells', () => {
    const s = tableSlideFromMetrics(report, ['t1', 'm1', 'm9', 't3', 'm4', 'm5', 'm6'], ids)
    expect(SlideSchema.parse(s)).toEqual(s)
    expect(s.columns).toEqual(['2023年', '2024年目标'])
    expect(s.rows).toEqual([
      { label: '地区生产总值', cells: ['3.3%', '5.5%以上'], metricIds: ['t1', 'm1'] },
      { label: '新增规上工业企业', cells: ['108家', '140家'], metricIds: ['m9', 't3'] },
      { label: '工业投资总量', cells: ['921亿元 / 年均11.1%', ''], metricIds: ['m4', 'm5'] },
      { label: '新建项目对工业增长贡献率', cells: ['超50%', ''], metricIds: ['m6'] },
    ])
    expect(s.sources[0]?.metricIds).toEqual(['t1', 'm1', 'm9', 't3', 'm4', 'm5', 'm6'])
  })
})
