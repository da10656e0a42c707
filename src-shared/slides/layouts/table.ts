/** 表格: figures by indicator (rows) and period (columns); the size steps down with many rows. */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { fitLine } from '../text/fit'
import { TYPE } from '../type-scale'
import { edit, rect, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import { MISSING_DATA_TEXT, bodyPlaceholder } from './kpi'
import type { LayoutModule } from './types'
import type { ReportContent } from '../../schemas/report'
import { formatFigure, formatPeriod, isTargetPeriod } from '../../charts/format'
import { metricSources, metricsById, notesFromQuotes, slideIdFrom, type SlideFactoryOptions } from '../../briefing/from-report'

export const TableRowSchema = z.object({ label: z.string(), cells: z.array(z.string()), metricIds: z.array(z.string()).default([]) })
export const TableSlideSchema = z.object({ ...slideBase, layout: z.literal('table'), columns: z.array(z.string()), rows: z.array(TableRowSchema) })
export type TableSlide = z.infer<typeof TableSlideSchema>

export const TABLE_LABEL_HEADING = '指标'
const PAD_X = 16
const PAD_Y = 12

export const tableLayout: LayoutModule<TableSlide> = {
  layout: 'table',
  create: (base) => ({ ...base, layout: 'table', title: '表格', columns: [], rows: [] }),
  fields: [{ kind: 'table', id: 'rows', get: (s) => ({ columns: s.columns, rows: s.rows }), set: (_s, v) => ({ columns: v.columns, rows: v.rows }) }],
  boxes(slide, ctx) {
    const { colors } = ctx.theme
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    if (slide.rows.length === 0) {
      const missing = (ctx.deck.references?.missingData ?? false) && slide.sources.some((s) => (s.metricIds?.length ?? 0) > 0)
      return [...out, ...bodyPlaceholder(body, missing ? MISSING_DATA_TEXT : '（暂无数据）', ctx, missing)]
    }
    const header = [TABLE_LABEL_HEADING, ...slide.columns]
    const cols = header.length
    const labelW = cols > 1 ? Math.max(body.width * 0.36, body.width / cols) : body.width
    const cellW = cols > 1 ? (body.width - labelW) / (cols - 1) : 0
    const rowH = (s: number) => Math.round(s * TYPE.tableCell.lineHeight + 2 * PAD_Y)
    const sizes = TYPE.tableCell.sizes
    const size = sizes.find((s) => rowH(s) * (slide.rows.length + 1) <= body.height) ?? sizes[sizes.length - 1]!
    const h = rowH(size)
    const maxRows = Math.max(1, Math.floor(body.height / h) - 1)
    const rows = slide.rows.slice(0, maxRows)
    const colX = (k: number) => body.x + (k === 0 ? 0 : labelW + (k - 1) * cellW)
    const colW = (k: number) => (k === 0 ? labelW : cellW)
    const lh = size * TYPE.tableCell.lineHeight
    const cell = (id: string, k: number, y: number, text: string, o: { color: string; bold: boolean; path: (string | number)[] | null }) => {
      const fitted = fitLine(text, { width: colW(k) - 2 * PAD_X, sizes: [size], lineHeight: TYPE.tableCell.lineHeight, weight: o.bold ? 'bold' : 'regular' })
      return textBlock(id, { x: colX(k) + PAD_X, y: y + PAD_Y, width: colW(k) - 2 * PAD_X, height: lh }, fitted, {
        color: o.color,
        bold: o.bold,
        align: k === 0 ? 'left' : 'center',
        role: 'tableCell',
        edit: o.path ? edit(o.path, 'editor.slide.cell') : null,
      })
    }
    let y = body.y
    out.push(rect('head', { x: body.x, y, width: body.width, height: h }, colors.tableHead))
    header.forEach((t, k) => out.push(cell(`head-${k}`, k, y, t, { color: colors.onAccent, bold: true, path: k === 0 ? null : ['columns', k - 1] })))
    y += h
    rows.forEach((row, r) => {
      if (r % 2 === 1) out.push(rect(`stripe-${r}`, { x: body.x, y, width: body.width, height: h }, colors.band))
      out.push(rect(`row-rule-${r}`, { x: body.x, y: y + h - 2, width: body.width, height: 2 }, colors.line))
      out.push(cell(`cell-${r}-0`, 0, y, row.label, { color: colors.title, bold: true, path: ['rows', r, 'label'] }))
      for (let k = 1; k < cols; k++) out.push(cell(`cell-${r}-${k}`, k, y, row.cells[k - 1] ?? '', { color: colors.accent, bold: true, path: ['rows', r, 'cells', k - 1] }))
      y += h
    })
    if (rows.length < slide.rows.length) {
      const last = out.findLast((e) => e.kind === 'text')
      if (last?.kind === 'text') last.overflow = true
    }
    return out
  },
}

// ── From a report ──────────────────────────────────────────────────────────────────────────────────

/** Orders periods: years ascending, a year's result before its target, unknown periods last. */
function comparePeriods(a: string | null, b: string | null): number {
  const key = (p: string | null): [number, number, string] => {
    if (p === null) return [Number.MAX_SAFE_INTEGER, 0, '']
    const year = /^(\d{4})/.exec(p)
    return [year ? Number(year[1]) : Number.MAX_SAFE_INTEGER - 1, isTargetPeriod(p) ? 1 : 0, p]
  }
  const [ya, ta, sa] = key(a)
  const [yb, tb, sb] = key(b)
  return ya - yb || ta - tb || (sa < sb ? -1 : sa > sb ? 1 : 0)
}

/**
 * A table slide: one row per label (in the order the metrics are given), one column per period (“2023年”,
 * “2024年目标”), cells formatted as on KPI cards. Two figures of one label and period (an amount and its
 * growth) share a cell, joined by “ / ”; a missing figure is an empty cell.
 */
export function tableSlideFromMetrics(report: ReportContent, metricIds: readonly string[], opts: SlideFactoryOptions = {}): TableSlide {
  const metrics = metricsById(report, metricIds)
  const periods = [...new Set(metrics.map((m) => m.period))].sort(comparePeriods)
  const labels = [...new Set(metrics.map((m) => m.label))]
  const rows = labels.map((label) => {
    const own = metrics.filter((m) => m.label === label)
    return {
      label,
      cells: periods.map((p) =>
        own
          .filter((m) => m.period === p)
          .map((m) => formatFigure(m.value, m.unit, m.qualifier))
          .join(' / '),
      ),
      metricIds: own.map((m) => m.id),
    }
  })
  return {
    id: slideIdFrom(opts),
    layout: 'table',
    title: opts.title ?? '主要指标',
    notes: notesFromQuotes(metrics),
    hidden: false,
    sources: metricSources(report, metrics),
    columns: periods.map(formatPeriod),
    rows,
  }
}
