/** 图片: one photo (of a project, a site) with a caption. */
import { z } from 'zod'
import { PictureSchema, slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import type { Picture } from '../../schemas/slide-parts'
import type { Box } from '../page'
import { TYPE } from '../type-scale'
import type { LayoutContext } from './context'
import { edit, fitIn, pictureFrame, rect, textBlock } from './elements-kit'
import { contentFrame } from './frame'
import type { LayoutModule } from './types'

export const PictureSlideSchema = z.object({ ...slideBase, layout: z.literal('picture'), picture: PictureSchema.default({ image: null, fit: 'cover', caption: '' }) })
export type PictureSlide = z.infer<typeof PictureSlideSchema>

const CAPTION_ROOM = 72

/** A picture with its caption below, in `area`; `captioned`: keep room for a caption line. */
export function pictureWithCaption(id: string, picture: Picture, area: Box, captioned: boolean, path: (string | number)[], ctx: LayoutContext): SlideElement[] {
  const frame = { ...area, height: area.height - (captioned ? CAPTION_ROOM : 0) }
  const out: SlideElement[] = []
  // A whole (contained) picture sits on a band, so the frame reads as one even where the picture leaves room.
  if (picture.image && picture.fit === 'contain') out.push(rect(`${id}-band`, frame, ctx.theme.colors.band))
  out.push(pictureFrame(id, frame, picture.image, picture.fit, ctx.theme, [...path, 'image']))
  const capBox = { x: area.x, y: frame.y + frame.height + 8, width: area.width, height: CAPTION_ROOM - 8 }
  const fitted = fitIn(picture.caption, capBox, { ...TYPE.caption, maxLines: 1 })
  out.push(textBlock(`${id}-caption`, capBox, fitted, { color: ctx.theme.colors.ink2, align: 'center', valign: 'middle', role: 'caption', edit: edit([...path, 'caption'], 'editor.slide.captionOptional') }))
  return out
}


export const pictureLayout: LayoutModule<PictureSlide> = {
  layout: 'picture',
  create: (base) => ({ ...base, layout: 'picture', title: '图片', picture: { image: null, fit: 'cover', caption: '' } }),
  fields: [{ kind: 'picture', id: 'picture', get: (s) => s.picture, set: (_s, picture) => ({ picture }) }],
  boxes(slide, ctx) {
    const { elements, body } = contentFrame(slide.title, ctx)
    return [...elements, ...pictureWithCaption('picture', slide.picture, body, slide.picture.caption.trim() !== '', ['picture'], ctx)]
  },
}
