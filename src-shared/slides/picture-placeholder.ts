/**
 * What a picture frame without its picture shows (no picture chosen yet, or its file is gone): a framed band
 * with one line of text when it fits. The PDF and the PPTX export draw these; the screen has its own
 * interactive frame (ImageEl.vue) with the same text.
 */
import type { ImageElement, ShapeElement, TextElement } from './elements'
import { textWidth } from './text/measure'

export function picturePlaceholder(e: ImageElement): [ShapeElement] | [ShapeElement, TextElement] {
  const p = e.placeholder
  const frame: ShapeElement = { kind: 'shape', id: e.id, box: e.box, shape: 'rect', fill: p.fill, stroke: { color: p.stroke, width: 2 } }
  const text = e.image ? p.missing : p.empty
  if (e.box.height < p.size * 1.5 || textWidth(text, p.size) > e.box.width) return [frame]
  const lh = p.size * 1.45
  const box = { ...e.box, y: e.box.y + (e.box.height - lh) / 2, height: lh }
  return [frame, { kind: 'text', id: `${e.id}-placeholder`, box, lines: [text], size: p.size, lineHeight: lh, color: p.color, bold: false, align: 'center', font: 'body', overflow: false, role: 'placeholder', edit: null }]
}
