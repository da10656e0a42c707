/** 封面: the briefing's title, a subtitle, the unit and the date, on the theme's cover surface. */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { textField } from '../fields'
import { TYPE } from '../type-scale'
import { edit, fitIn, pictureFrame, textBlock } from './elements-kit'
import { centreRule, markingElements, surfaceElements } from './frame'
import type { LayoutModule } from './types'

export const CoverSlideSchema = z.object({
  ...slideBase,
  layout: z.literal('cover'),
  subtitle: z.string().default(''),
  organization: z.string().default(''),
  date: z.string().default(''),
})
export type CoverSlide = z.infer<typeof CoverSlideSchema>

export const coverLayout: LayoutModule<CoverSlide> = {
  layout: 'cover',
  create: (base) => ({ ...base, layout: 'cover', title: '标题', subtitle: '', organization: '', date: '' }),
  fields: [textField('subtitle'), textField('organization'), textField('date')],
  boxes(slide, ctx) {
    const { theme, page, deck } = ctx
    const surface = theme.cover
    const mx = Math.round(page.width / 12)
    const width = page.width - 2 * mx
    const out: SlideElement[] = [...surfaceElements(surface, page), ...markingElements(ctx, 40, surface.text)]
    let top = 250
    if (deck.logo) {
      const h = 120
      const w = Math.min(width, (deck.logo.width / deck.logo.height) * h)
      out.push(pictureFrame('logo', { x: (page.width - w) / 2, y: 90, width: w, height: h }, deck.logo, 'contain', theme, null))
      top = 270
    }
    const title = fitIn(slide.title, { x: mx, y: 0, width, height: 330 }, TYPE.coverTitle, true)
    const subtitle = fitIn(slide.subtitle, { x: mx, y: 0, width, height: 120 }, TYPE.subtitle)
    const titleH = Math.max(1, title.lines.length) * title.lineHeight
    const subH = slide.subtitle.trim() === '' ? 0 : subtitle.lines.length * subtitle.lineHeight
    const total = titleH + 40 + 6 + (subH > 0 ? 32 + subH : 0)
    let y = top + (460 - total) / 2
    out.push(textBlock('title', { x: mx, y, width, height: titleH }, title, { color: surface.title, bold: true, align: 'center', font: 'heading', role: 'title', edit: edit(['title'], 'editor.slide.coverTitle', { multiline: true }) }))
    y += titleH + 40
    out.push(...centreRule(surface, page, y))
    y += 6 + 32
    out.push(textBlock('subtitle', { x: mx, y, width, height: Math.max(subH, subtitle.lineHeight) }, subtitle, { color: surface.text, align: 'center', role: 'subtitle', edit: edit(['subtitle'], 'editor.slide.subtitle') }))
    let my = 780
    for (const key of ['organization', 'date'] as const) {
      const fitted = fitIn(slide[key], { x: mx, y: my, width, height: 60 }, TYPE.coverMeta)
      out.push(textBlock(key, { x: mx, y: my, width, height: fitted.lineHeight }, fitted, { color: surface.text, align: 'center', role: key, edit: edit([key], `editor.slide.${key}`) }))
      my += fitted.lineHeight + 12
    }
    return out
  },
}
