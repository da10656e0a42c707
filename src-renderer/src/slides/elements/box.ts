import type { Box } from '@shared/slides/page'

/** Absolute position of an element on the slide canvas, from its box. */
export function boxStyle(box: Box): Record<string, string> {
  return { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` }
}
