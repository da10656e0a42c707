/**
 * The official palette: deep red and navy first, then gold and slate grays. Charts take series colours in
 * this order; slide themes may use the named colours directly.
 */
export const OFFICIAL = {
  red: '#B71C1C',
  navy: '#1F3A5F',
  gold: '#C9A227',
  slate: '#4A5560',
  slateLight: '#8A949E',
  slatePale: '#C9CFD4',
  redLight: '#D9534F',
  navyLight: '#4F6D8F',
  /** Text on white. */
  ink: '#1E2329',
  /** Secondary text, axis labels. */
  inkMuted: '#4A5560',
  /** Grid lines, gauge tracks. */
  rule: '#DDE1E5',
  paper: '#FFFFFF',
} as const

/** Series colours in the order charts use them. */
export const CHART_COLORS: readonly string[] = [
  OFFICIAL.red,
  OFFICIAL.navy,
  OFFICIAL.gold,
  OFFICIAL.slate,
  OFFICIAL.navyLight,
  OFFICIAL.redLight,
  OFFICIAL.slateLight,
  OFFICIAL.slatePale,
]

/** Colour of the actual series and of the target series in an actual-vs-target chart. */
export const ACTUAL_COLOR = OFFICIAL.red
export const TARGET_COLOR = OFFICIAL.navy

export const DEFAULT_FONT_FAMILY = '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
