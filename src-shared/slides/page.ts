/**
 * The slide's page: its aspect and its logical size. Every slide is drawn on a canvas of logical pixels,
 * 1080 high whatever its shape (so type sizes read the same from the back of a room on either shape),
 * and scaled to a window, a thumbnail or a PDF page.
 */
export const ASPECTS = ['16:9', '4:3'] as const
export type Aspect = (typeof ASPECTS)[number]

export interface PageSize {
  readonly width: number
  readonly height: number
}

export const PAGE_SIZES: { readonly [A in Aspect]: PageSize } = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 },
}

export function pageSizeOf(aspect: Aspect): PageSize {
  return PAGE_SIZES[aspect]
}

/** A rectangle in logical pixels (on the slide canvas) or in points (on a PDF page). */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}
