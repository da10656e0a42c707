/** 图表: one chart of figures (bar, line, pie, gauge, radar, actual vs target) with a caption. */
import { z } from 'zod'
import { CHART_TYPES, ChartSpecSchema, slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { textField } from '../fields'
import { TYPE } from '../type-scale'
import { edit, fitIn, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import { MISSING_DATA_TEXT, MISSING_METRIC_TAG, bodyPlaceholder } from './kpi'
import type { LayoutModule } from './types'
import type { ReportContent } from '../../schemas/report'
import type { ChartType } from '../../schemas/slide-parts'
import { metricSources, metricsById, notesFromQuotes, slideFigures, slideIdFrom, type FigureSlideOptions } from '../../briefing/from-report'

export const ChartSlideSchema = z.object({ ...slideBase, layout: z.literal('chart'), chart: ChartSpecSchema, caption: z.string().default('') })
export type ChartSlide = z.infer<typeof ChartSlideSchema>

/** Room under the chart for its caption. */
export const CAPTION_HEIGHT = 60

export const chartLayout: LayoutModule<ChartSlide> = {
  layout: 'chart',
  create: (base) => ({ ...base, layout: 'chart', title: '图表', chart: { type: 'bar', title: '', figures: [] }, caption: '' }),
  fields: [
    { kind: 'choice', id: 'chartType', options: CHART_TYPES, optionLabels: 'editor.chartTypes', get: (s) => s.chart.type, set: (s, type) => ({ chart: { ...s.chart, type: type as ChartSlide['chart']['type'] } }) },
    { kind: 'text', id: 'chartTitle', get: (s) => s.chart.title, set: (s, title) => ({ chart: { ...s.chart, title } }) },
    textField('caption'),
    { kind: 'figures', id: 'series', max: null, get: (s) => s.chart.figures, set: (s, figures) => ({ chart: { ...s.chart, figures } }) },
  ],
  boxes(slide, ctx) {
    const { theme } = ctx
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    const chartBox = { ...body, height: body.height - CAPTION_HEIGHT }
    const refs = ctx.deck.references
    if (slide.chart.figures.length === 0 && refs?.missingData) out.push(...bodyPlaceholder(body, MISSING_DATA_TEXT, ctx, true))
    else out.push({ kind: 'chart', id: 'chart', box: chartBox, spec: slide.chart, colors: theme.chart, font: theme.fonts.body.css })
    const missing = (refs?.missingFigures.size ?? 0) > 0
    const caption = missing ? `${MISSING_METRIC_TAG} ${slide.caption}`.trim() : slide.caption
    const capBox = { x: body.x, y: chartBox.y + chartBox.height, width: body.width, height: CAPTION_HEIGHT }
    const fitted = fitIn(caption, capBox, { ...TYPE.caption, maxLines: 1 })
    out.push(textBlock('caption', capBox, fitted, { color: missing ? theme.colors.warning : theme.colors.muted, align: 'center', valign: 'middle', role: 'caption', edit: edit(['caption'], 'editor.slide.captionOptional') }))
    return out
  },
}

// ── From a report ──────────────────────────────────────────────────────────────────────────────────

const CHART_TITLES: Record<ChartType, string> = {
  bar: '主要指标',
  line: '指标走势',
  pie: '构成',
  gauge: '完成情况',
  radar: '指标概览',
  target: '实际与目标',
}

/** A chart slide of the given metrics; figures carry their goals, which the 'target' chart compares. */
export function chartSlideFromMetrics(
  report: ReportContent,
  metricIds: readonly string[],
  type: ChartType,
  opts: FigureSlideOptions & { caption?: string } = {},
): ChartSlide {
  const metrics = metricsById(report, metricIds)
  const { figures, shown } = slideFigures(report, metrics, opts)
  return {
    id: slideIdFrom(opts),
    layout: 'chart',
    title: opts.title ?? CHART_TITLES[type],
    notes: notesFromQuotes(shown),
    hidden: false,
    sources: metricSources(report, shown),
    chart: { type, title: '', figures },
    caption: opts.caption ?? '',
  }
}
