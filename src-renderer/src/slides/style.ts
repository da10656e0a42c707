import { SLIDE, SLIDE_COLORS, SLIDE_FONT_FAMILY, SLIDE_FRAME, SLIDE_TYPE } from '@shared/slides/theme'

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * The slide theme as CSS custom properties on the 1920×1080 canvas: `--c-red`, `--t-body` (px),
 * `--f-margin-x` (px)… Layout styles read these, so every number on screen comes from theme.ts,
 * the same numbers the PDF export uses.
 */
export function slideCssVars(): Record<string, string> {
  const vars: Record<string, string> = {
    width: `${SLIDE.width}px`,
    height: `${SLIDE.height}px`,
    'font-family': SLIDE_FONT_FAMILY,
  }
  for (const [k, v] of Object.entries(SLIDE_COLORS)) vars[`--c-${kebab(k)}`] = v
  for (const [k, v] of Object.entries(SLIDE_TYPE)) vars[`--t-${kebab(k)}`] = `${v}px`
  for (const [k, v] of Object.entries(SLIDE_FRAME)) vars[`--f-${kebab(k)}`] = `${v}px`
  return vars
}

export const SLIDE_CSS_VARS = slideCssVars()
