import { describe, expect, it } from 'vitest'
import type { Slide } from '../../../../src-shared/schemas/briefing'
import { draftBriefing, headlineMetrics, kpiGroups, parseSpeakerLine } from '../../../../src-shared/briefing/draft'
import { expectDraftInvariants, handMadeReport } from './hand-made-report'

const report = handMadeReport()

function only<L extends Slide['layout']>(slides: Slide[], layout: L): Extract<Slide, { layout: L }>[] {
  return slides.filter((s): s is Extract<Slide, { layout: L }> => s.layout === layout)
}

describe('draftBriefing', () => {
  it('is deterministic: two runs are deep-equal, ids from a counter', () => {
    const a = draftBriefing(report)
    const b = draftBriefing(structuredClone(report))
    expect(a).toEqual(b)
    expect(a.slides.map((s) => s.id)).toEqual(a.slides.map((_, i) => `s-${i + 1}`))
    expect(draftBriefing(report, { idPrefix: 'd' }).slides[0]?.id).toBe('d-1')
    expect(a.id).toBe('b-r-test')
  })

  it('keeps the invariants every draft must keep', () => {
    expectDraftInvariants(report, draftBriefing(report))
  })

  it('lays out cover, agenda, figures, parts and closing in order', () => {
    const d = draftBriefing(report)
    expect(d.slides.map((s) => s.layout)).toEqual([
      'cover',
      'agenda',
      'kpi', // 2023 headline figures, at the head of the review
      'chart', // growth rates
      'section',
      'section',
      'chart', // actual vs target, at the head of the plan
      'section',
      'section',
      'section',
      'section', // 三、 has no subsections: one slide for itself
      'closing',
    ])
    expect(only(d.slides, 'section').map((s) => s.title)).toEqual([
      '产业转型迈出新步伐',
      '民生改善交出新答卷',
      '全力做好强产业文章',
      '持续扩大对内对外开放',
      '切实保障改善民生',
      '全面加强政府自身建设',
    ])
    expect(only(d.slides, 'agenda')[0]?.items).toEqual(['2023年工作回顾', '2024年工作安排', '全面加强政府自身建设'])
    const closing = only(d.slides, 'closing')[0]
    expect(closing).toMatchObject({ title: '谢谢！', message: '请各位领导批评指正' })
  })

  it('reads organisation, date and meeting from the speaker line', () => {
    const d = draftBriefing(report, { organization: '别的单位', date: '2030年1月1日' })
    const cover = only(d.slides, 'cover')[0]
    expect(cover).toMatchObject({ title: '2024年政府工作报告', subtitle: '汇报提纲', organization: '玉林市人民政府', date: '2024年2月29日' })
    expect(cover?.notes).toContain('玉林市第六届人民代表大会第六次会议')
    expect(d).toMatchObject({ title: '2024年政府工作报告', organization: '玉林市人民政府', date: '2024年2月29日', meeting: '玉林市第六届人民代表大会第六次会议' })
  })

  it('falls back to the options without a speaker line', () => {
    const r = { ...report, text: report.text.replace(/——.*\n/, '\n') }
    const cover = only(draftBriefing(r, { organization: '某市人民政府', date: '2024年3月1日' }).slides, 'cover')[0]
    expect(cover).toMatchObject({ organization: '某市人民政府', date: '2024年3月1日' })
    expect(only(draftBriefing(r).slides, 'cover')[0]).toMatchObject({ organization: '', date: '' })
  })

  it('headline figures: growth of the review’s own paragraphs first, then amounts', () => {
    expect(headlineMetrics(report).map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm7', 'm8'])
    const kpi = only(draftBriefing(report).slides, 'kpi')
    expect(kpi).toHaveLength(1)
    expect(kpi[0]?.figures.map((f) => f.label)).toEqual(['地区生产总值', '城镇居民人均可支配收入', '农村居民人均可支配收入', '工业投资总量', '新增工业产能规模', '华友产值'])
    expect(kpi[0]?.figures[0]?.target?.value).toBe(5.5)
    expect(kpi[0]?.notes).toContain('全市地区生产总值增长3.3%')
  })

  it('KPI groups: 4–6 per slide, at most two slides', () => {
    const sizes = (n: number) => kpiGroups(Array.from({ length: n }, (_, i) => i)).map((g) => g.length)
    expect(sizes(1)).toEqual([])
    expect(sizes(3)).toEqual([3])
    expect(sizes(6)).toEqual([6])
    expect(sizes(7)).toEqual([6])
    expect(sizes(8)).toEqual([4, 4])
    expect(sizes(11)).toEqual([6, 5])
    expect(sizes(30)).toEqual([6, 6])
  })

  it('charts growth rates of the review (unit %, up to 8) and pairs 3.3% with 5.5%以上', () => {
    const charts = only(draftBriefing(report).slides, 'chart')
    const growth = charts.find((c) => c.chart.type === 'bar')
    expect(growth?.chart.figures.map((f) => `${f.label} ${f.value}${f.unit}`)).toEqual([
      '地区生产总值 3.3%',
      '城镇居民人均可支配收入 3.9%',
      '农村居民人均可支配收入 6.6%',
      '工业投资总量 11.1%',
      '“三公两费”压减 -11.6%',
      '外贸进出口 65.1%',
    ])
    const target = charts.find((c) => c.chart.type === 'target')
    expect(target?.chart.figures).toEqual([
      {
        metricId: 'm1',
        label: '地区生产总值',
        value: 3.3,
        unit: '%',
        qualifier: null,
        period: '2023',
        target: { value: 5.5, unit: '%', qualifier: '以上', period: '2024 target' },
      },
    ])
    expect(target?.title).toBe('2024年主要预期目标')
    expect(target?.sources).toEqual([{ reportId: 'r-test', sectionId: 'sec-1', metricIds: ['m1'] }])
  })

  it('drafts a report without metrics or subsections', () => {
    const r = { ...report, metrics: [], sections: report.sections.map((s) => ({ ...s, children: [] })) }
    const d = draftBriefing(r)
    expect(d.slides.map((s) => s.layout)).toEqual(['cover', 'agenda', 'section', 'section', 'section', 'closing'])
    expectDraftInvariants(r, d)
  })

  it('puts figures after the agenda when metrics have no section', () => {
    const r = { ...report, metrics: report.metrics.map((m) => ({ ...m, sectionId: null })) }
    const d = draftBriefing(r)
    expect(d.slides.slice(0, 5).map((s) => s.layout)).toEqual(['cover', 'agenda', 'kpi', 'chart', 'chart'])
    expectDraftInvariants(r, d)
  })
})

describe('parseSpeakerLine', () => {
  it('reads a city report', () => {
    expect(parseSpeakerLine('2024年政府工作报告\n\n——2024年2月29日在玉林市第六届人民代表大会第六次会议上 市长 张惠强\n\n各位代表：')).toEqual({
      date: '2024年2月29日',
      meeting: '玉林市第六届人民代表大会第六次会议',
      organization: '玉林市人民政府',
      speaker: '市长 张惠强',
    })
  })

  it('reads provinces and autonomous regions, and keeps quiet without a place', () => {
    expect(parseSpeakerLine('——2024年1月21日在广西壮族自治区第十四届人民代表大会第二次会议上\n自治区主席 蓝天立').organization).toBe('广西壮族自治区人民政府')
    expect(parseSpeakerLine('——2024年01月05日在浙江省第十四届人民代表大会第二次会议上').date).toBe('2024年1月5日')
    expect(parseSpeakerLine('——2024年1月23日在浙江省第十四届人民代表大会第二次会议上').organization).toBe('浙江省人民政府')
    expect(parseSpeakerLine('在市第六届人民代表大会第六次会议上').organization).toBeNull()
    expect(parseSpeakerLine('各位代表：')).toEqual({ date: null, meeting: null, organization: null, speaker: null })
  })
})
