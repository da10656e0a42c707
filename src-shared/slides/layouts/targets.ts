/**
 * 目标完成情况: last year's targets against this year's results, one row per target: the indicator, the
 * target, the result and its status as a badge in the theme's status colours. The size steps down with many
 * rows, as the table's does; the draft puts at most MAX_TARGET_ROWS on one slide.
 */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import { COMPLETION_STATUSES, CompletionStatusSchema } from '../../schemas/report'
import type { SlideElement } from '../elements'
import { textField } from '../fields'
import { fitLine } from '../text/fit'
import { textWidth } from '../text/measure'
import { TYPE } from '../type-scale'
import { edit, rect, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import { MISSING_DATA_TEXT, bodyPlaceholder } from './kpi'
import type { LayoutModule } from './types'

export const TargetRowSchema = z.object({
  /** The indicator: `地区生产总值`. */
  label: z.string(),
  /** The target as last year's report set it: `增长7.5%`, `4%以内`. */
  target: z.string(),
  /** The result as this year's report gives it, or `—`. */
  result: z.string(),
  status: CompletionStatusSchema,
  /** The target's metric (previous report) and the result's (this report). */
  metricIds: z.array(z.string()).default([]),
})
export type TargetRow = z.infer<typeof TargetRowSchema>

export const TargetsSlideSchema = z.object({
  ...slideBase,
  layout: z.literal('targets'),
  /** Headings of the target and result columns: `2016年目标`, `2016年完成`. */
  targetHeading: z.string().default('目标'),
  resultHeading: z.string().default('完成'),
  rows: z.array(TargetRowSchema),
})
export type TargetsSlide = z.infer<typeof TargetsSlideSchema>

export const TARGETS_LABEL_HEADING = '指标'
export const TARGETS_STATUS_HEADING = '完成情况'
/** Rows the draft puts on one slide, so they read at the largest size from the back of the room. */
export const MAX_TARGET_ROWS = 10
export const NO_RESULT_TEXT = '—'

/** Column widths as shares of the body: indicator, target, result, status. */
const COLUMNS = [0.34, 0.22, 0.22, 0.22] as const
const PAD_X = 16
const PAD_Y = 12

export const targetsLayout: LayoutModule<TargetsSlide> = {
  layout: 'targets',
  create: (base) => ({ ...base, layout: 'targets', title: '目标完成情况', targetHeading: '目标', resultHeading: '完成', rows: [] }),
  fields: [
    textField('targetHeading'),
    textField('resultHeading'),
    { kind: 'targets', id: 'targetRows', get: (s) => s.rows, set: (_s, rows) => ({ rows }) },
  ],
  boxes(slide, ctx) {
    const { colors, status: statusColors } = ctx.theme
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    if (slide.rows.length === 0) {
      const missing = (ctx.deck.references?.missingData ?? false) && slide.sources.some((s) => (s.metricIds?.length ?? 0) > 0)
      return [...out, ...bodyPlaceholder(body, missing ? MISSING_DATA_TEXT : '（暂无数据）', ctx, missing)]
    }
    const ladder = TYPE.tableCell
    const rowH = (s: number) => Math.round(s * ladder.lineHeight + 2 * PAD_Y)
    const size = ladder.sizes.find((s) => rowH(s) * (slide.rows.length + 1) <= body.height) ?? ladder.sizes[ladder.sizes.length - 1]!
    const h = rowH(size)
    const lh = size * ladder.lineHeight
    const rows = slide.rows.slice(0, Math.max(1, Math.floor(body.height / h) - 1))
    const colX = COLUMNS.map((_, k) => body.x + body.width * COLUMNS.slice(0, k).reduce((a, b) => a + b, 0))
    const colW = COLUMNS.map((share) => body.width * share)
    const cell = (id: string, k: number, y: number, text: string, o: { color: string; bold: boolean; path: (string | number)[] | null; placeholder?: string }) => {
      const width = colW[k]! - 2 * PAD_X
      const fitted = fitLine(text, { width, sizes: [size], lineHeight: ladder.lineHeight, weight: o.bold ? 'bold' : 'regular' })
      return textBlock(id, { x: colX[k]! + PAD_X, y: y + PAD_Y, width, height: lh }, fitted, {
        color: o.color,
        bold: o.bold,
        align: k === 0 ? 'left' : 'center',
        role: 'tableCell',
        edit: o.path ? edit(o.path, o.placeholder ?? 'editor.slide.cell') : null,
      })
    }
    let y = body.y
    out.push(rect('head', { x: body.x, y, width: body.width, height: h }, colors.tableHead))
    const heads: [string, (string | number)[] | null][] = [
      [TARGETS_LABEL_HEADING, null],
      [slide.targetHeading, ['targetHeading']],
      [slide.resultHeading, ['resultHeading']],
      [TARGETS_STATUS_HEADING, null],
    ]
    heads.forEach(([text, path], k) => out.push(cell(`head-${k}`, k, y, text, { color: colors.onAccent, bold: true, path })))
    y += h
    // The badge fits the longest status at this size, so every badge is the same width.
    const badgeW = Math.min(colW[3]! - 2 * PAD_X, Math.max(...COMPLETION_STATUSES.map((s) => textWidth(s, size, 'bold'))) + 1.2 * size)
    const badgeH = Math.round(lh + 8)
    rows.forEach((row, r) => {
      if (r % 2 === 1) out.push(rect(`stripe-${r}`, { x: body.x, y, width: body.width, height: h }, colors.band))
      out.push(rect(`row-rule-${r}`, { x: body.x, y: y + h - 2, width: body.width, height: 2 }, colors.line))
      out.push(cell(`cell-${r}-0`, 0, y, row.label, { color: colors.title, bold: true, path: ['rows', r, 'label'] }))
      out.push(cell(`cell-${r}-1`, 1, y, row.target, { color: colors.ink, bold: false, path: ['rows', r, 'target'] }))
      out.push(cell(`cell-${r}-2`, 2, y, row.result, { color: colors.accent, bold: true, path: ['rows', r, 'result'] }))
      const badge = statusColors[row.status]
      const badgeY = y + (h - badgeH) / 2
      out.push(rect(`status-${r}`, { x: colX[3]! + (colW[3]! - badgeW) / 2, y: badgeY, width: badgeW, height: badgeH }, badge.fill))
      // The text spans its column like every cell (centred, so centred in the badge too): a table model sees four columns.
      const textBox = { x: colX[3]! + PAD_X, y: badgeY, width: colW[3]! - 2 * PAD_X, height: badgeH }
      out.push(textBlock(`status-text-${r}`, textBox, { lines: [row.status], size, lineHeight: badgeH, fits: true }, { color: badge.text, bold: true, align: 'center', role: 'tableCell' }))
      y += h
    })
    if (rows.length < slide.rows.length) {
      const last = out.findLast((e) => e.kind === 'text' && e.id.startsWith('cell-'))
      if (last?.kind === 'text') last.overflow = true
    }
    return out
  },
}
