/**
 * 章节要点: a part of the report as bullets at the deck's body size. Bullets that do not fit are not
 * shrunk: the draft continues them on a “（续）” slide (continuation.ts), and the editor warns.
 */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { linesField } from '../fields'
import { fitList, withEllipsis, type FittedList, type ListSpec } from '../text/fit'
import { TYPE } from '../type-scale'
import { PAGE_SIZES, type Box } from '../page'
import type { LayoutContext } from './context'
import { edit, textBlock } from './elements-kit'
import { bodyBox, contentFrame } from './frame'
import type { LayoutModule } from './types'
import type { ReportContent } from '../../schemas/report'
import { slideIdFrom, notesFromQuotes, type SlideFactoryOptions } from '../../briefing/from-report'
import { findSection, sectionSubtreeIds } from '../../briefing/report-text'
import { headingBullets, paragraphBullets, type LineCount } from '../../briefing/bullets'

export const SectionSlideSchema = z.object({ ...slideBase, layout: z.literal('section'), bullets: z.array(z.string()) })
export type SectionSlide = z.infer<typeof SectionSlideSchema>

/** Space above the first bullet. */
const LIST_TOP = 24

/** The list's text column: the body less the marker's indent. */
function listSpec(body: Box, size: number): ListSpec {
  return { width: body.width - 1.2 * size, height: body.height - LIST_TOP, size, lineHeight: TYPE.bodyLineHeight, gap: TYPE.bulletGap, weight: 'regular' }
}

/** The bullets of a section slide as the deck sets them: their lines and how many fit. */
export function fitBullets(bullets: readonly string[], ctx: Pick<LayoutContext, 'page' | 'deck'>): FittedList {
  const body = bodyBox(ctx.page)
  return fitList(bullets, listSpec(body, ctx.deck.bodySize))
}

/** How many lines a bullet takes on a deck's page at its body size; by default, a 16:9 page at the body size. */
export function bulletLineCount(ctx: Pick<LayoutContext, 'page'> & { deck: Pick<LayoutContext['deck'], 'bodySize'> } = { page: PAGE_SIZES['16:9'], deck: { bodySize: TYPE.body } }): LineCount {
  const spec = listSpec(bodyBox(ctx.page), ctx.deck.bodySize)
  return (text) => fitList([text], spec).items[0]?.length ?? 0
}

export const sectionLayout: LayoutModule<SectionSlide> = {
  layout: 'section',
  create: (base) => ({ ...base, layout: 'section', title: '标题', bullets: [] }),
  fields: [linesField('bullets')],
  boxes(slide, ctx) {
    const { theme } = ctx
    const { elements, body } = contentFrame(slide.title, ctx)
    const out: SlideElement[] = [...elements]
    const size = ctx.deck.bodySize
    const spec = listSpec(body, size)
    const fit = fitList(slide.bullets, spec)
    const lh = fit.lineHeight
    let y = body.y + LIST_TOP
    const bottom = body.y + body.height
    if (slide.bullets.length === 0) {
      // Nothing to draw; in the editor, an empty first bullet to type into.
      out.push(textBlock('bullet-0', { x: body.x + 1.2 * size, y, width: spec.width, height: lh }, { lines: [], size, lineHeight: lh, fits: true }, { color: theme.colors.ink, role: 'bullet', edit: edit(['bullets', 0], 'editor.slide.bullet', { multiline: true }) }))
    }
    fit.items.forEach((lines, i) => {
      let shown = lines
      let overflow = false
      if (i >= fit.fitting) {
        // The first bullet that does not fit gets the lines left, cut with “…”; the rest are not drawn.
        const room = i === fit.fitting ? Math.floor((bottom - y + 0.01) / lh) : 0
        if (room < 1) {
          // No line left for it: the last bullet drawn ends in “…” and carries the flag.
          const last = out.findLast((e) => e.kind === 'text' && e.role === 'bullet')
          if (i === fit.fitting && last?.kind === 'text') {
            last.lines[last.lines.length - 1] = withEllipsis(last.lines.at(-1) ?? '', size, spec.width, 'regular')
            last.overflow = true
          }
          return
        }
        shown = lines.slice(0, room)
        shown[room - 1] = withEllipsis(shown[room - 1] ?? '', size, spec.width, 'regular')
        overflow = true
      }
      const r = 0.28 * size
      const cx = body.x + 0.3 * size
      const cy = y + lh / 2
      out.push({ kind: 'shape', id: `marker-${i}`, box: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }, shape: 'diamond', fill: theme.colors.accent, stroke: null })
      out.push(
        textBlock(`bullet-${i}`, { x: body.x + 1.2 * size, y, width: spec.width, height: shown.length * lh }, { lines: shown, size, lineHeight: lh, fits: !overflow }, {
          color: theme.colors.ink,
          role: 'bullet',
          edit: edit(['bullets', i], 'editor.slide.bullet', { multiline: true }),
        }),
      )
      y += shown.length * lh + TYPE.bulletGap * size
    })
    return out
  },
}

// ── From a report ──────────────────────────────────────────────────────────────────────────────────

/**
 * A section slide: the section's title and up to six bullets, each a point of its paragraphs (bullets.ts) that
 * takes at most two lines at the body size (`lines` measures them; by default on a 16:9 page). A section without
 * paragraphs lists its subsections' titles. Notes: the leads and the quotes of the section's metrics.
 */
export function sectionSlideFromSection(report: ReportContent, sectionId: string, opts: SlideFactoryOptions & { lines?: LineCount } = {}): SectionSlide {
  const section = findSection(report.sections, sectionId)
  if (!section) throw new Error(`报告中找不到章节：${sectionId}`)
  const lines = opts.lines ?? bulletLineCount()
  let bullets = paragraphBullets(section, lines)
  if (bullets.length === 0) bullets = headingBullets(section.children.map((c) => c.title), lines)
  const ids = sectionSubtreeIds(section)
  const own = report.metrics.filter((m) => m.sectionId !== null && ids.has(m.sectionId))
  const leads = section.paragraphs.map((p) => p.lead?.trim()).filter((l): l is string => !!l)
  const notes = [leads.join(''), notesFromQuotes(own, 5)].filter((s) => s !== '').join('\n')
  return {
    id: slideIdFrom(opts),
    layout: 'section',
    title: opts.title ?? section.title,
    notes,
    hidden: false,
    sources: [{ reportId: report.id, sectionId: section.id }],
    bullets,
  }
}
