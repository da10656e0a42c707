/** 结束页: thanks and a closing line, on the theme's closing surface, with the unit's name. */
import { z } from 'zod'
import { slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { textField } from '../fields'
import { TYPE } from '../type-scale'
import { edit, fitIn, textBlock } from './elements-kit'
import { centreRule, surfaceElements } from './frame'
import type { LayoutModule } from './types'

export const ClosingSlideSchema = z.object({ ...slideBase, layout: z.literal('closing'), message: z.string().default('') })
export type ClosingSlide = z.infer<typeof ClosingSlideSchema>

export const closingLayout: LayoutModule<ClosingSlide> = {
  layout: 'closing',
  create: (base) => ({ ...base, layout: 'closing', title: '谢谢！', message: '请各位领导批评指正' }),
  fields: [textField('message', 'multiline')],
  boxes(slide, { theme, page, deck }) {
    const surface = theme.closing
    const mx = Math.round(page.width / 12)
    const width = page.width - 2 * mx
    const out: SlideElement[] = [...surfaceElements(surface, page)]
    const title = fitIn(slide.title, { x: mx, y: 0, width, height: 240 }, TYPE.closingTitle, true)
    const message = fitIn(slide.message, { x: mx, y: 0, width, height: 260 }, TYPE.message)
    const titleH = Math.max(1, title.lines.length) * title.lineHeight
    const msgH = slide.message.trim() === '' ? 0 : message.lines.length * message.lineHeight
    const total = titleH + 40 + 6 + (msgH > 0 ? 32 + msgH : 0)
    let y = 260 + (480 - total) / 2
    out.push(textBlock('title', { x: mx, y, width, height: titleH }, title, { color: surface.title, bold: true, align: 'center', font: 'heading', role: 'title', edit: edit(['title'], 'editor.slide.closingTitle') }))
    y += titleH + 40
    out.push(...centreRule(surface, page, y))
    y += 6 + 32
    out.push(textBlock('message', { x: mx, y, width, height: Math.max(msgH, message.lineHeight) }, message, { color: surface.text, align: 'center', role: 'message', edit: edit(['message'], 'editor.slide.message', { multiline: true }) }))
    if (deck.organization.trim() !== '') {
      const org = fitIn(deck.organization, { x: mx, y: 820, width, height: 60 }, TYPE.coverMeta)
      out.push(textBlock('organization', { x: mx, y: 820, width, height: org.lineHeight }, org, { color: surface.text, align: 'center', role: 'organization' }))
    }
    return out
  },
}
