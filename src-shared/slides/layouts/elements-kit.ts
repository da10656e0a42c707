/**
 * Small builders the layouts share: a fitted text block, a rectangle, an edit target, a picture frame.
 */
import type { ImageFit, ImageRef } from '../../schemas/slide-parts'
import type { EditTarget, ImageElement, ShapeElement, TextElement, TextRole } from '../elements'
import type { Box } from '../page'
import { fitText, type FitSpec, type FittedText } from '../text/fit'
import type { Ladder } from '../type-scale'
import type { Theme } from '../themes'

export function rect(id: string, box: Box, fill: string | null, stroke: ShapeElement['stroke'] = null): ShapeElement {
  return { kind: 'shape', id, box, shape: 'rect', fill, stroke }
}

export function edit(path: readonly (string | number)[], placeholder: string, opts: { multiline?: boolean; parse?: 'text' | 'number' } = {}): EditTarget {
  return { path, placeholder, multiline: opts.multiline ?? false, parse: opts.parse ?? 'text' }
}

export interface TextOpts {
  color: string
  bold?: boolean
  align?: TextElement['align']
  font?: TextElement['font']
  /** Where the lines sit in the box: top (default), middle or bottom. */
  valign?: 'top' | 'middle' | 'bottom'
  role: TextRole
  edit?: EditTarget | null
}

/** Fit `text` into `box` on `ladder` (the box's height bounds it too). */
export function fitIn(text: string, box: Box, ladder: Ladder, bold = false): FittedText {
  const spec: FitSpec = { width: box.width, sizes: ladder.sizes, lineHeight: ladder.lineHeight, weight: bold ? 'bold' : 'regular', height: box.height }
  if (ladder.maxLines !== undefined) spec.maxLines = ladder.maxLines
  return fitText(text, spec)
}

/** A text element from fitted lines; the box shrinks to the lines' height at the chosen alignment. */
export function textBlock(id: string, box: Box, fitted: FittedText, o: TextOpts): TextElement {
  const height = Math.max(1, fitted.lines.length) * fitted.lineHeight
  const free = Math.max(0, box.height - height)
  const y = o.valign === 'middle' ? box.y + free / 2 : o.valign === 'bottom' ? box.y + free : box.y
  return {
    kind: 'text',
    id,
    box: { x: box.x, y, width: box.width, height },
    lines: fitted.lines,
    size: fitted.size,
    lineHeight: fitted.lineHeight,
    color: o.color,
    bold: o.bold ?? false,
    align: o.align ?? 'left',
    font: o.font ?? 'body',
    overflow: !fitted.fits,
    role: o.role,
    edit: o.edit ?? null,
  }
}

/** Fits and places in one step. */
export function fittedText(id: string, text: string, box: Box, ladder: Ladder, o: TextOpts): TextElement {
  return textBlock(id, box, fitIn(text, box, ladder, o.bold ?? false), o)
}



/** Where a picture of `image`'s proportions goes in `frame`. */
export function pictureDraw(frame: Box, image: ImageRef, fit: ImageFit): Box {
  const scale = fit === 'cover' ? Math.max(frame.width / image.width, frame.height / image.height) : Math.min(frame.width / image.width, frame.height / image.height)
  const width = image.width * scale
  const height = image.height * scale
  return { x: frame.x + (frame.width - width) / 2, y: frame.y + (frame.height - height) / 2, width, height }
}

export const NO_PICTURE_TEXT = '（未添加图片）'
export const MISSING_PICTURE_TEXT = '〔图片文件缺失〕'

export function pictureFrame(id: string, frame: Box, image: ImageRef | null, fit: ImageFit, theme: Theme, editPath: readonly (string | number)[] | null, size = 28): ImageElement {
  return {
    kind: 'image',
    id,
    box: frame,
    image,
    draw: image ? pictureDraw(frame, image, fit) : null,
    placeholder: { fill: theme.colors.band, stroke: theme.colors.line, color: theme.colors.muted, size, empty: NO_PICTURE_TEXT, missing: MISSING_PICTURE_TEXT },
    edit: editPath ? edit(editPath, 'slide.addPicture') : null,
  }
}
