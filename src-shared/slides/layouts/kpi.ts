/** 指标卡片: two to six figures as cards: the value as an official writes it, the indicator, the period and goal. */
import { z } from 'zod'
import { SlideFigureSchema, slideBase, type SlideFigure } from '../../schemas/slide-parts'
import { figureWords, goalWords, periodWords } from '../figure-wording'
import type { RunsElement, SlideElement } from '../elements'
import type { Box } from '../page'
import { baselineIn, textWidth } from '../text/measure'
import { TYPE } from '../type-scale'
import type { LayoutContext } from './context'
import { edit, fitIn, rect, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import type { LayoutModule } from './types'
import type { ReportContent } from '../../schemas/report'
import { metricSources, metricsById, notesFromQuotes, slideFigures, slideIdFrom, type FigureSlideOptions } from '../../briefing/from-report'

export const MIN_KPI_FIGURES = 2
export const MAX_KPI_FIGURES = 6
export const KpiSlideSchema = z.object({ ...slideBase, layout: z.literal('kpi'), figures: z.array(SlideFigureSchema).max(MAX_KPI_FIGURES) })
export type KpiSlide = z.infer<typeof KpiSlideSchema>

export const MISSING_DATA_TEXT = '〔指标数据缺失〕'
export const MISSING_METRIC_TAG = '〔来源指标缺失〕'

/** Cards: up to 3 per row, 1 or 2 rows, centred in `body`. */
export function kpiCardBoxes(count: number, body: Box): Box[] {
  const n = Math.max(1, Math.min(MAX_KPI_FIGURES, count))
  const perRow = n <= 3 ? n : Math.ceil(n / 2)
  const rows = Math.ceil(n / perRow)
  const gap = 40
  const width = (body.width - gap * (perRow - 1)) / perRow
  const height = Math.min(320, (body.height - gap * (rows - 1)) / rows)
  const top = body.y + (body.height - (rows * height + (rows - 1) * gap)) / 2
  const boxes: Box[] = []
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow)
    const inRow = row === rows - 1 ? n - perRow * (rows - 1) : perRow
    const col = i - row * perRow
    const rowWidth = inRow * width + (inRow - 1) * gap
    const left = body.x + (body.width - rowWidth) / 2
    boxes.push({ x: left + col * (width + gap), y: top + row * (height + gap), width, height })
  }
  return boxes
}

/** A placeholder in the body: a framed band with one line of text. */
export function bodyPlaceholder(body: Box, text: string, ctx: LayoutContext, warning: boolean): SlideElement[] {
  const { colors } = ctx.theme
  const box = { x: body.x, y: body.y + 120, width: body.width, height: 360 }
  const lh = Math.round(TYPE.small * 1.45)
  return [
    rect('placeholder', box, colors.band, { color: warning ? colors.warning : colors.line, width: 3 }),
    textBlock('placeholder-text', { ...box, y: box.y + (box.height - lh) / 2, height: lh }, { lines: [text], size: TYPE.small, lineHeight: lh, fits: true }, { color: warning ? colors.warning : colors.muted, bold: warning, align: 'center', role: 'placeholder' }),
  ]
}

/** The value as runs: the number large and editable; verb, qualifier and unit smaller (“增长” “3.3” “%”). */
function valueRuns(f: SlideFigure, i: number, card: Box, inner: number, maxHeight: number, ctx: LayoutContext): RunsElement {
  const color = ctx.theme.colors.accent
  const words = figureWords(f)
  const num = words.number
  const before = words.lead
  const after = words.tail
  let size: number = TYPE.kpiValue.sizes[0]!
  const unitOf = (s: number) => Math.max(24, Math.round(s * TYPE.kpiUnitRatio))
  const widthAt = (s: number) => textWidth(num, s, 'bold') + textWidth(before + after, unitOf(s), 'bold')
  for (const s of TYPE.kpiValue.sizes) {
    size = s
    if (widthAt(s) <= inner && s * TYPE.kpiValue.lineHeight <= maxHeight) break
  }
  const unit = unitOf(size)
  const runs: RunsElement['runs'] = []
  if (before) runs.push({ text: before, size: unit, color, bold: true, edit: null })
  runs.push({ text: num, size, color, bold: true, edit: edit(['figures', i, 'value'], 'editor.slide.value', { parse: 'number' }) })
  if (after) runs.push({ text: after, size: unit, color, bold: true, edit: null })
  const height = size * TYPE.kpiValue.lineHeight
  return { kind: 'runs', id: `value-${i}`, box: { x: card.x + 24, y: 0, width: inner, height }, baseline: 0, align: 'center', runs, font: 'heading', overflow: widthAt(size) > inner || height > maxHeight + 0.01, role: 'kpiValue' }
}

/** The goal line under a card's period: smaller before it wraps, at most two lines. */
const GOAL_TYPE = { sizes: [TYPE.small, 26, 24, 22], lineHeight: 1.45, maxLines: 2 } as const

export const kpiLayout: LayoutModule<KpiSlide> = {
  layout: 'kpi',
  create: (base) => ({ ...base, layout: 'kpi', title: '主要指标', figures: [] }),
  fields: [{ kind: 'figures', id: 'figures', max: MAX_KPI_FIGURES, get: (s) => s.figures, set: (_s, figures) => ({ figures }) }],
  boxes(slide, ctx) {
    const { theme } = ctx
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    if (slide.figures.length === 0) {
      const missing = ctx.deck.references?.missingData ?? false
      return [...out, ...bodyPlaceholder(body, missing ? MISSING_DATA_TEXT : '（暂无指标）', ctx, missing)]
    }
    const cards = kpiCardBoxes(slide.figures.length, body)
    const gap = 8
    const subH = Math.round(TYPE.small * 1.45)
    // Each card's texts first, so that every card's value sits at the same height and reads as one row.
    const parts = slide.figures.slice(0, cards.length).map((f, i) => {
      const card = cards[i]!
      const inner = card.width - 48
      const labelBox = { x: card.x + 24, y: 0, width: inner, height: 2 * TYPE.kpiLabel.sizes[0]! * TYPE.kpiLabel.lineHeight }
      const label = fitIn(f.label, labelBox, TYPE.kpiLabel, true)
      const labelH = Math.max(1, label.lines.length) * label.lineHeight
      const missing = ctx.deck.references?.missingFigures.has(i) ?? false
      const period = missing ? MISSING_METRIC_TAG : periodWords(f.period)
      const goalText = missing ? '' : goalWords(f)
      const goal = goalText ? fitIn(goalText, { x: 0, y: 0, width: inner, height: GOAL_TYPE.maxLines * GOAL_TYPE.sizes[0] * GOAL_TYPE.lineHeight }, GOAL_TYPE, true) : null
      const goalH = goal ? goal.lines.length * goal.lineHeight : 0
      const below = gap + labelH + (period ? gap + subH : 0) + (goal ? (period ? 0 : gap) + goalH : 0)
      return { f, card, inner, labelBox, label, labelH, missing, period, goal, goalH, below }
    })
    // Values are as large as their card's width and the most any card puts under its value allow.
    const below = Math.max(...parts.map((p) => p.below))
    const values = parts.map((p, i) => valueRuns(p.f, i, p.card, p.inner, p.card.height - 24 - below, ctx))
    const valueH = Math.max(...values.map((v) => v.box.height))
    const total = valueH + below
    parts.forEach(({ card, inner, labelBox, label, labelH, missing, period, goal, goalH }, i) => {
      const value = values[i]!
      out.push(rect(`card-${i}`, card, theme.colors.band))
      out.push(rect(`card-top-${i}`, { x: card.x, y: card.y, width: card.width, height: 8 }, theme.colors.accent))
      const top = card.y + 8 + Math.max(0, (card.height - 8 - total) / 2)
      // Values share a baseline: a smaller one (a long figure) sits on the same line as its neighbours'.
      value.box.y = top + valueH - value.box.height
      value.baseline = baselineIn(value.box.height, Math.max(...value.runs.map((r) => r.size)))
      out.push(value)
      let y = top + valueH + gap
      out.push(textBlock(`label-${i}`, { ...labelBox, y, height: labelH }, label, { color: theme.colors.title, bold: true, align: 'center', role: 'kpiLabel', edit: edit(['figures', i, 'label'], 'editor.slide.metricName') }))
      y += labelH + gap
      if (period) {
        const fitted = fitIn(period, { x: 0, y: 0, width: inner, height: subH }, { sizes: [TYPE.small, 24, 22], lineHeight: 1.45, maxLines: 1 }, missing)
        out.push(textBlock(`sub-${i}`, { x: card.x + 24, y, width: inner, height: subH }, fitted, { color: missing ? theme.colors.warning : theme.colors.muted, bold: missing, align: 'center', role: 'kpiSub' }))
        y += subH
      }
      // A goal in the text colour of secondary text, bold: gold on the card's band is too faint for a projector.
      if (goal) out.push(textBlock(`goal-${i}`, { x: card.x + 24, y, width: inner, height: goalH }, goal, { color: theme.colors.ink2, bold: true, align: 'center', role: 'kpiSub' }))
    })
    return out
  },
}

// ── From a report ──────────────────────────────────────────────────────────────────────────────────

/** A KPI slide of 2..6 figures, each with its goal when the report has one. Throws outside 2..6. */
export function kpiSlideFromMetrics(report: ReportContent, metricIds: readonly string[], opts: FigureSlideOptions = {}): KpiSlide {
  if (metricIds.length < MIN_KPI_FIGURES || metricIds.length > MAX_KPI_FIGURES) {
    throw new RangeError(`指标卡片需要 ${MIN_KPI_FIGURES}–${MAX_KPI_FIGURES} 个指标，收到 ${metricIds.length} 个`)
  }
  const metrics = metricsById(report, metricIds)
  const { figures, shown } = slideFigures(report, metrics, opts)
  return {
    id: slideIdFrom(opts),
    layout: 'kpi',
    title: opts.title ?? '主要指标',
    notes: notesFromQuotes(shown),
    hidden: false,
    sources: metricSources(report, shown),
    figures,
  }
}
