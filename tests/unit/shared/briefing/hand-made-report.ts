/**
 * A small report built by hand in the shape the parser produces (offsets point into `text`), and the
 * invariants every draft must keep, so a test of the real sample can reuse both:
 *
 *   const report = analyzeReportText(...)
 *   const draft = draftBriefing(report)
 *   expectDraftInvariants(report, draft)
 */
import { expect } from 'vitest'
import type { Metric, MetricKind, Paragraph, ReportContent, Section } from '../../../../src-shared/schemas/report'
import { ReportContentSchema } from '../../../../src-shared/schemas/report'
import type { BriefingContent, Slide } from '../../../../src-shared/schemas/briefing'
import { draftBriefing } from '../../../../src-shared/briefing/draft'
import { indicatorOf } from '../../../../src-shared/report/indicators'
import { checkDraft } from '../../../../src-shared/briefing/check-draft'
import { MAX_BULLETS, fullWidthPunctuation } from '../../../../src-shared/briefing/bullets'
import { CONTINUED } from '../../../../src-shared/slides/continuation'

interface MetricSpec {
  id: string
  label: string
  value: number
  unit: string
  kind: MetricKind
  qualifier?: Metric['qualifier']
  period: string | null
  /** A verbatim substring of the paragraph it sits in. */
  quote: string
}
interface ParagraphSpec {
  lead?: string
  text: string
  metrics?: MetricSpec[]
}
interface SectionSpec {
  id: string
  number: string
  title: string
  paragraphs: ParagraphSpec[]
  children?: SectionSpec[]
}

/** Builds a ReportContent whose offsets are true offsets into its text. */
export function buildReport(id: string, title: string, header: string, sections: SectionSpec[]): ReportContent {
  let text = `${title}\n\n${header}\n\n`
  const metrics: Metric[] = []
  let pid = 0
  const build = (spec: SectionSpec, level: number): Section => {
    const start = text.length
    text += `${spec.number}${spec.title}\n\n`
    const paragraphs: Paragraph[] = spec.paragraphs.map((p) => {
      const pStart = text.length
      text += `${p.text}\n\n`
      for (const m of p.metrics ?? []) {
        const at = p.text.indexOf(m.quote)
        if (at < 0) throw new Error(`quote not in paragraph: ${m.quote}`)
        metrics.push({
          id: m.id,
          label: m.label,
          value: m.value,
          unit: m.unit,
          kind: m.kind,
          qualifier: m.qualifier ?? null,
          high: null,
          written: null,
          indicator: indicatorOf(m.label),
          confidence: { level: 'high', reasons: [] },
          period: m.period,
          quote: m.quote,
          sectionId: spec.id,
          start: pStart + at,
          end: pStart + at + m.quote.length,
        })
      }
      pid += 1
      const para: Paragraph = { id: `p${pid}`, text: p.text, start: pStart, end: pStart + p.text.length }
      if (p.lead) para.lead = p.lead
      return para
    })
    const children = (spec.children ?? []).map((c) => build(c, level + 1))
    return { id: spec.id, number: spec.number, title: spec.title, level, start, end: text.length, paragraphs, children }
  }
  const built = sections.map((s) => build(s, 1))
  return ReportContentSchema.parse({
    id,
    title,
    source: { fileName: `${id}.txt`, format: 'txt', encoding: 'UTF-8', sha256: '0'.repeat(64), importedAt: '2024-03-01T00:00:00.000Z' },
    text,
    sections: built,
    metrics,
  })
}

/** A miniature of a city's 2024 work report: a review with two parts, a plan with goals, a closing part. */
export function handMadeReport(): ReportContent {
  return buildReport('r-test', '2024年政府工作报告', '——2024年2月29日在玉林市第六届人民代表大会第六次会议上 市长 张惠强', [
    {
      id: 'sec-1',
      number: '一、',
      title: '2023年工作回顾',
      paragraphs: [
        {
          text: '2023年是全面贯彻党的二十大精神的开局之年。全市地区生产总值增长3.3%，城镇居民人均可支配收入增长3.9%，农村居民人均可支配收入增长6.6%。',
          metrics: [
            { id: 'm1', label: '地区生产总值', value: 3.3, unit: '%', kind: 'growth', period: '2023', quote: '全市地区生产总值增长3.3%' },
            { id: 'm2', label: '城镇居民人均可支配收入', value: 3.9, unit: '%', kind: 'growth', period: '2023', quote: '城镇居民人均可支配收入增长3.9%' },
            { id: 'm3', label: '农村居民人均可支配收入', value: 6.6, unit: '%', kind: 'growth', period: '2023', quote: '农村居民人均可支配收入增长6.6%' },
          ],
        },
      ],
      children: [
        {
          id: 'sec-1-1',
          number: '（一）',
          title: '产业转型迈出新步伐',
          paragraphs: [
            {
              lead: '工业振兴三年行动圆满收官。',
              text: '工业振兴三年行动圆满收官，工业投资总量完成921亿元、年均增长11.1%，新建项目对工业增长贡献率超50%，新增工业产能规模250亿元。',
              metrics: [
                { id: 'm4', label: '工业投资总量', value: 921, unit: '亿元', kind: 'amount', period: '2023', quote: '工业投资总量完成921亿元' },
                { id: 'm5', label: '工业投资总量', value: 11.1, unit: '%', kind: 'growth', qualifier: '年均', period: '2023', quote: '年均增长11.1%' },
                { id: 'm6', label: '新建项目对工业增长贡献率', value: 50, unit: '%', kind: 'share', qualifier: '超', period: '2023', quote: '新建项目对工业增长贡献率超50%' },
                { id: 'm7', label: '新增工业产能规模', value: 250, unit: '亿元', kind: 'amount', period: '2023', quote: '新增工业产能规模250亿元' },
              ],
            },
            {
              text: '华友产值超110亿元，成为我市第3家百亿企业。新增规上工业企业108家。',
              metrics: [
                { id: 'm8', label: '华友产值', value: 110, unit: '亿元', kind: 'amount', qualifier: '超', period: '2023', quote: '华友产值超110亿元' },
                { id: 'm9', label: '新增规上工业企业', value: 108, unit: '家', kind: 'count', period: '2023', quote: '新增规上工业企业108家' },
              ],
            },
          ],
        },
        {
          id: 'sec-1-2',
          number: '（二）',
          title: '民生改善交出新答卷',
          paragraphs: [
            {
              text: '城镇新增就业约4.7万人，“三公两费”压减11.6%。外贸进出口增长65.1%。',
              metrics: [
                { id: 'm10', label: '城镇新增就业', value: 4.7, unit: '万人', kind: 'count', qualifier: '约', period: '2023', quote: '城镇新增就业约4.7万人' },
                { id: 'm11', label: '“三公两费”压减', value: -11.6, unit: '%', kind: 'growth', period: '2023', quote: '“三公两费”压减11.6%' },
                { id: 'm12', label: '外贸进出口', value: 65.1, unit: '%', kind: 'growth', period: '2023', quote: '外贸进出口增长65.1%' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'sec-2',
      number: '二、',
      title: '2024年工作安排',
      paragraphs: [
        {
          text: '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%以上，规模以上工业增加值增长10%以上，新增规上工业企业140家。',
          metrics: [
            { id: 't1', label: '地区生产总值', value: 5.5, unit: '%', kind: 'growth', qualifier: '以上', period: '2024 target', quote: '地区生产总值增长5.5%以上' },
            { id: 't2', label: '规模以上工业增加值', value: 10, unit: '%', kind: 'growth', qualifier: '以上', period: '2024 target', quote: '规模以上工业增加值增长10%以上' },
            { id: 't3', label: '新增规上工业企业', value: 140, unit: '家', kind: 'count', period: '2024 target', quote: '新增规上工业企业140家' },
          ],
        },
      ],
      children: [
        {
          id: 'sec-2-1',
          number: '（一）',
          title: '全力做好强产业文章',
          paragraphs: [
            { lead: '大力打造工业强市。', text: '大力打造工业强市。坚持工业强市战略不动摇。' },
            { text: '加快建设现代化产业体系，推动传统产业转型升级。培育新兴产业。' },
          ],
        },
        {
          id: 'sec-2-2',
          number: '（二）',
          title: '持续扩大对内对外开放',
          paragraphs: [{ lead: '深度融入共建“一带一路”。', text: '深度融入共建“一带一路”。' }],
        },
        {
          id: 'sec-2-3',
          number: '（三）',
          title: '切实保障改善民生',
          paragraphs: [{ text: '办好民生实事。' }],
        },
      ],
    },
    {
      id: 'sec-3',
      number: '三、',
      title: '全面加强政府自身建设',
      paragraphs: [
        { lead: '坚持党的全面领导。', text: '坚持党的全面领导。深入学习贯彻习近平新时代中国特色社会主义思想。' },
        { text: '坚持依法行政，自觉接受人大监督。' },
      ],
    },
  ])
}

function slidesOf<L extends Slide['layout']>(draft: BriefingContent, layout: L): Extract<Slide, { layout: L }>[] {
  return draft.slides.filter((s): s is Extract<Slide, { layout: L }> => s.layout === layout)
}

/**
 * What every draft of every report must satisfy: the checker's invariants (check-draft.ts: clean bullets, cards
 * that say what their number is, targets of the plan year and all of them, sources that resolve, text that
 * fits, nothing 待核对), and the deck's shape: deterministic, cover first and closing last, agenda = top
 * sections (punctuation full-width; a heading too long for it becomes its opening clause), the parts in order, at most two KPI slides
 * of 2–6 figures, every generated slide traceable to the report.
 */
export function expectDraftInvariants(report: ReportContent, draft: BriefingContent): void {
  expect(checkDraft(report, draft)).toEqual([])
  expect(draftBriefing(report)).toEqual(draftBriefing(report))
  expect(draft.slides[0]?.layout).toBe('cover')
  expect(draft.slides.at(-1)?.layout).toBe('closing')
  expect(draft.reportIds).toEqual([report.id])

  const agenda = slidesOf(draft, 'agenda')
  expect(agenda).toHaveLength(1)
  expect(agenda[0]?.items).toHaveLength(report.sections.length)
  agenda[0]?.items.forEach((item, i) => expect(fullWidthPunctuation(report.sections[i]!.title).startsWith(item)).toBe(true))

  // Each part gives one slide, or one and its （续） continuations, in order.
  const parts = report.sections.flatMap((s) => (s.children.length > 0 ? s.children : [s]))
  const sectionSlides = slidesOf(draft, 'section')
  const firsts = sectionSlides.filter((s) => !s.title.endsWith(CONTINUED))
  expect(firsts.map((s) => s.sources[0]?.sectionId)).toEqual(parts.map((p) => p.id))
  for (const s of sectionSlides) expect(s.bullets.length).toBeLessThanOrEqual(MAX_BULLETS)

  const kpis = slidesOf(draft, 'kpi')
  expect(kpis.length).toBeLessThanOrEqual(2)
  for (const k of kpis) {
    expect(k.figures.length).toBeGreaterThanOrEqual(2)
    expect(k.figures.length).toBeLessThanOrEqual(6)
  }
  for (const slide of draft.slides) {
    if (slide.layout === 'closing') continue
    expect(slide.sources.length, `slide ${slide.id} has sources`).toBeGreaterThan(0)
    for (const src of slide.sources) expect(src.reportId).toBe(report.id)
  }
}
