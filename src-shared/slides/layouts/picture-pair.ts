/** 两张图片: two photos side by side, each with its caption (before and after, two sites). */
import { z } from 'zod'
import { PictureSchema, slideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import { contentFrame } from './frame'
import { pictureWithCaption } from './picture'
import type { LayoutModule } from './types'

const EMPTY = { image: null, fit: 'cover' as const, caption: '' }
export const PicturePairSlideSchema = z.object({
  ...slideBase,
  layout: z.literal('picture-pair'),
  left: PictureSchema.default(EMPTY),
  right: PictureSchema.default(EMPTY),
})
export type PicturePairSlide = z.infer<typeof PicturePairSlideSchema>

export const picturePairLayout: LayoutModule<PicturePairSlide> = {
  layout: 'picture-pair',
  create: (base) => ({ ...base, layout: 'picture-pair', title: '图片', left: { ...EMPTY }, right: { ...EMPTY } }),
  fields: [
    { kind: 'picture', id: 'leftPicture', get: (s) => s.left, set: (_s, left) => ({ left }) },
    { kind: 'picture', id: 'rightPicture', get: (s) => s.right, set: (_s, right) => ({ right }) },
  ],
  boxes(slide, ctx) {
    const { elements, body } = contentFrame(slide.title, ctx)
    const gap = 40
    const width = (body.width - gap) / 2
    const captioned = slide.left.caption.trim() !== '' || slide.right.caption.trim() !== ''
    const out: SlideElement[] = [...elements]
    out.push(...pictureWithCaption('left', slide.left, { ...body, width }, captioned, ['left'], ctx))
    out.push(...pictureWithCaption('right', slide.right, { ...body, x: body.x + width + gap, width }, captioned, ['right'], ctx))
    return out
  },
}
