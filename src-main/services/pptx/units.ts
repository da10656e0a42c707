/**
 * From the slide canvas to an Office file: a slide is 1080 logical pixels high and 7.5 inches high (the
 * height PowerPoint gives both 16:9 and 4:3 slides), so one pixel is 1/144 inch, half a point, 6350 EMU.
 * Sizes stay exact: 1920 px is PowerPoint's own 13.333 in (12 192 000 EMU) and 1440 px its 10 in.
 */
import type { Box } from '../../../src-shared/slides/page'

export const PX_PER_INCH = 144

/** Inches, as pptxgenjs takes positions and sizes. */
export const inches = (px: number): number => px / PX_PER_INCH

/** Points, as font sizes, line spacing and line widths are given. */
export const points = (px: number): number => px / 2

/** A box in inches, as pptxgenjs takes it. */
export function place(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.width), h: inches(box.height) }
}

/** An Office colour: six hex digits and, for a CSS colour with alpha, how transparent it is (0–100). */
export interface OfficeColor {
  hex: string
  transparency: number
}

/**
 * A theme's CSS colour as Office writes it: six hex digits stay as they are (upper case); red, green, blue and
 * alpha (the radar's fill) become hex digits and a transparency (alpha 0.18 → 82 %). Themes use these two forms.
 */
export function officeColor(css: string): OfficeColor {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim())
  if (hex) return { hex: hex[1]!.toUpperCase(), transparency: 0 }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(css.trim())
  if (short) return { hex: `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase(), transparency: 0 }
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css.trim())
  if (rgba) {
    const hex2 = (n: string) => Math.min(255, Number(n)).toString(16).padStart(2, '0')
    const alpha = rgba[4] === undefined ? 1 : Math.max(0, Math.min(1, Number(rgba[4])))
    return { hex: `${hex2(rgba[1]!)}${hex2(rgba[2]!)}${hex2(rgba[3]!)}`.toUpperCase(), transparency: Math.round((1 - alpha) * 100) }
  }
  throw new Error(`无法识别的颜色：${css}`)
}

/** Just the hex digits of a theme colour. */
export const hex = (css: string): string => officeColor(css).hex
