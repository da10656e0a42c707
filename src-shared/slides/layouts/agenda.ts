/** 目录: the parts of the briefing, numbered; two columns when there are more than six. */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { linesField } from '../fields'
import { CONTENT_EM } from '../text/measure'
import { fitLine } from '../text/fit'
import { TYPE } from '../type-scale'
import { edit, rect, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import type { LayoutModule } from './types'

export const AgendaSlideSchema = z.object({ ...slideBase, layout: z.literal('agenda'), items: z.array(z.string()) })
export type AgendaSlide = z.infer<typeof AgendaSlideSchema>

/** At most this many items per column, and two columns. */
export const AGENDA_ROWS = 6
export const AGENDA_MAX_ITEMS = 2 * AGENDA_ROWS

export const agendaLayout: LayoutModule<AgendaSlide> = {
  layout: 'agenda',
  create: (base) => ({ ...base, layout: 'agenda', title: '汇报提纲', items: [] }),
  fields: [linesField('items')],
  boxes(slide, ctx) {
    const { theme } = ctx
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    const two = slide.items.length > AGENDA_ROWS
    const size = two ? TYPE.agendaTwoColumns : TYPE.agenda
    const gap = two ? 20 : 44
    const colGap = 80
    const colWidth = two ? (body.width - colGap) / 2 : body.width
    const rowH = Math.max(1.5 * size + 6, CONTENT_EM * size + 10)
    if (slide.items.length === 0) {
      // Nothing to draw; in the editor, an empty first item to type into.
      const lh = size * 1.45
      out.push(textBlock('item-0', { x: body.x, y: body.y + 32, width: colWidth, height: lh }, { lines: [], size, lineHeight: lh, fits: true }, { color: theme.colors.ink, bold: true, role: 'agendaItem', edit: edit(['items', 0], 'editor.slide.agendaItem') }))
    }
    slide.items.slice(0, AGENDA_MAX_ITEMS).forEach((item, i) => {
      const col = two ? Math.floor(i / AGENDA_ROWS) : 0
      const row = two ? i % AGENDA_ROWS : i
      const x = body.x + col * (colWidth + colGap)
      const top = body.y + 32 + row * (rowH + gap)
      const numW = 1.9 * size
      const numH = 1.5 * size
      const numTop = top + (rowH - numH - 6) / 2
      out.push(rect(`num-${i}`, { x, y: numTop, width: numW, height: numH }, theme.colors.accent))
      out.push(rect(`num-edge-${i}`, { x, y: numTop + numH, width: numW, height: 6 }, theme.colors.accent2))
      out.push(textBlock(`num-text-${i}`, { x, y: numTop, width: numW, height: numH }, { lines: [String(i + 1).padStart(2, '0')], size, lineHeight: numH, fits: true }, { color: theme.colors.onAccent, bold: true, align: 'center', role: 'number' }))
      const tx = x + numW + 32
      const tw = colWidth - numW - 32
      const fitted = fitLine(item, { width: tw, sizes: [size, size - 4, 28], lineHeight: 1.45, weight: 'bold' })
      const textTop = top + (rowH - fitted.lineHeight - 10) / 2
      out.push(textBlock(`item-${i}`, { x: tx, y: textTop, width: tw, height: fitted.lineHeight }, fitted, { color: theme.colors.ink, bold: true, role: 'agendaItem', edit: edit(['items', i], 'editor.slide.agendaItem') }))
      out.push(rect(`item-rule-${i}`, { x: tx, y: textTop + fitted.lineHeight + 8, width: tw, height: 2 }, theme.colors.line))
    })
    if (slide.items.length > AGENDA_MAX_ITEMS) {
      const last = out.findLast((e) => e.kind === 'text' && e.id.startsWith('item-'))
      if (last?.kind === 'text') last.overflow = true
    }
    return out
  },
}
