/**
 * The slide themes, by id. A briefing names one (`theme` in its JSON); the default is 党政红.
 * Adding a theme: one module here, one entry below, and its name in the interface text (the compiler
 * points at both).
 */
import { BLUE_THEME } from './blue'
import { PLAIN_THEME } from './plain'
import { RED_THEME } from './red'
import { THEME_IDS, type Theme, type ThemeId } from './types'

export { THEME_IDS, type Theme, type ThemeId } from './types'
export type { ChartColors, Surface, ThemeColors, ThemeFont, TitleRule } from './types'
export { STATUS_COLORS, type StatusColors, type StatusPalette } from './status'

export const DEFAULT_THEME: ThemeId = 'red'

export const THEMES: { readonly [T in ThemeId]: Theme } = {
  red: RED_THEME,
  blue: BLUE_THEME,
  plain: PLAIN_THEME,
}

export function themeOf(id: ThemeId): Theme {
  return THEMES[id]
}

export function isThemeId(value: unknown): value is ThemeId {
  return (THEME_IDS as readonly unknown[]).includes(value)
}
