/** 引文: a sentence from the report, set large, with its source. */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { textField } from '../fields'
import { TYPE } from '../type-scale'
import { edit, fitIn, rect, textBlock } from './elements-kit'
import { FRAME, marginX, surfaceElements } from './frame'
import type { LayoutModule } from './types'

export const QuoteSlideSchema = z.object({ ...slideBase, layout: z.literal('quote'), quote: z.string(), attribution: z.string().default('') })
export type QuoteSlide = z.infer<typeof QuoteSlideSchema>

export const quoteLayout: LayoutModule<QuoteSlide> = {
  layout: 'quote',
  create: (base) => ({ ...base, layout: 'quote', title: '', quote: '', attribution: '' }),
  fields: [textField('quote', 'multiline'), textField('attribution')],
  titleOptional: true,
  boxes(slide, { theme, page, deck }) {
    const surface = theme.quote
    const left = Math.round(page.width * 0.146)
    const right = Math.round(page.width * 0.115)
    const width = page.width - left - right
    const out: SlideElement[] = [...surfaceElements(surface, page), rect('band-left', { x: 0, y: 0, width: 24, height: page.height }, surface.rule[1])]
    const titleBox = { x: left - 80, y: 96, width: width + 80, height: 60 }
    out.push(textBlock('title', titleBox, fitIn(slide.title, titleBox, { sizes: [36, 32, 28], lineHeight: 1.45, maxLines: 1 }, true), { color: theme.colors.muted, bold: true, role: 'title', edit: edit(['title'], 'editor.slide.titleOptional') }))
    out.push(textBlock('mark', { x: left - 130, y: 150, width: 300, height: 280 }, { lines: ['“'], size: 280, lineHeight: 280, fits: true }, { color: surface.rule[0], bold: true, role: 'mark' }))
    const quoteBox = { x: left, y: 300, width, height: 480 }
    out.push(textBlock('quote', quoteBox, fitIn(slide.quote, quoteBox, TYPE.quote, true), { color: surface.title, bold: true, font: 'heading', role: 'quote', edit: edit(['quote'], 'editor.slide.quote', { multiline: true }) }))
    const attribution = slide.attribution.trim() === '' ? '' : `—— ${slide.attribution}`
    const attrBox = { x: left, y: 820, width, height: 56 }
    out.push(textBlock('attribution', attrBox, fitIn(attribution, attrBox, TYPE.attribution), { color: surface.text, align: 'right', role: 'attribution', edit: edit(['attribution'], 'editor.slide.attribution') }))
    if (deck.pageNumbers) {
      const m = marginX(page)
      const h = Math.round(TYPE.footer * 1.45)
      out.push(textBlock('page-number', { x: page.width - m - 300, y: FRAME.footerTop, width: 300, height: h }, { lines: [String(deck.page)], size: TYPE.footer, lineHeight: h, fits: true }, { color: theme.colors.muted, align: 'right', role: 'pageNumber' }))
    }
    return out
  },
}
