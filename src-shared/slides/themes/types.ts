/**
 * What a theme is: data only. Colours, fonts, the rule under a title, the surfaces of full-bleed slides
 * (cover, closing, quote) and the chart palette. Layouts resolve these into the colours of the elements
 * they place, so no renderer knows a colour of its own.
 */
import type { StatusPalette } from './status'

export const THEME_IDS = ['red', 'blue', 'plain'] as const
export type ThemeId = (typeof THEME_IDS)[number]

/** A font as CSS names it, as the PDF embeds it and as an Office file names it. One face for now (Noto Sans SC). */
export interface ThemeFont {
  /** CSS font-family stack. */
  css: string
  /** The family the PDF registers (pdfmake). */
  pdf: string
  /**
   * The typeface a .pptx names (Latin and East Asian alike): one that WPS and PowerPoint find on the
   * Windows machines the deck travels to, with CJK advances of one em like the bundled face's.
   */
  office: string
}

export interface ThemeColors {
  /** Slide background. */
  paper: string
  /** Titles. */
  title: string
  /** Body text. */
  ink: string
  /** Secondary text (subtitles, attributions). */
  ink2: string
  /** Footers, captions, placeholders. */
  muted: string
  /** Hairlines: the footer rule, table row lines. */
  line: string
  /** The accent: bullet markers, KPI values, the title rule. */
  accent: string
  /** The second accent: the tick on the title rule, goals. */
  accent2: string
  /** Text on the accent colour (agenda numbers, table heads). */
  onAccent: string
  /** Card and striped-row background. */
  band: string
  /** Table head background. */
  tableHead: string
  /** Warnings drawn on a slide (a missing figure or picture). */
  warning: string
  /** A faint frame around a slide in a handout. */
  frame: string
}

/** The rule between a content slide's title and its body. */
export interface TitleRule {
  kind: 'bar-with-tick' | 'bar' | 'hairline'
  color: string
  /** The short bar at the start of the rule (bar-with-tick). */
  tickColor: string
  thickness: number
}

/** A full-bleed slide's look: cover, closing, quote. */
export interface Surface {
  background: string
  title: string
  text: string
  /** The short two-colour rule under the title. */
  rule: readonly [string, string]
  /** A band across the top edge. */
  top: { height: number; color: string } | null
  /** A band across the bottom edge, with a thin line above it. */
  bottom: { height: number; color: string; edge: string } | null
}

export interface ChartColors {
  /** Series colours, in order. */
  series: readonly string[]
  actual: string
  target: string
  negative: string
  text: string
  muted: string
  axis: string
  grid: string
  /** The empty part of a gauge, the rest of a one-slice pie. */
  track: string
  /** Radar area fill. */
  area: string
  paper: string
}

export interface Theme {
  id: ThemeId
  colors: ThemeColors
  fonts: { heading: ThemeFont; body: ThemeFont }
  titleRule: TitleRule
  cover: Surface
  closing: Surface
  quote: Surface
  chart: ChartColors
  /** Completion statuses (目标完成情况): badge fill and text. */
  status: StatusPalette
}
