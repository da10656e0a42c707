import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideLayout } from '../schemas/briefing'

/**
 * The slide look, in logical pixels on the 1920×1080 canvas. The Vue layout components and the PDF
 * export both read these numbers, so a slide in the PDF has the proportions it has on screen.
 * Body text is at least 28 px so it reads from the back of a meeting room.
 */
export const SLIDE = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT } as const

export const SLIDE_COLORS = {
  red: '#a31d24',
  navy: '#1f3a5f',
  gold: '#b8860b',
  ink: '#1d232b',
  ink2: '#3d4652',
  muted: '#6b7480',
  line: '#d9dde3',
  paper: '#ffffff',
  band: '#f4f1ec',
} as const

export const SLIDE_FONT_FAMILY = '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

export const SLIDE_TYPE = {
  coverTitle: 88,
  coverSubtitle: 44,
  coverMeta: 34,
  title: 60,
  body: 36,
  bullet: 38,
  small: 28,
  kpiValue: 104,
  kpiUnit: 40,
  kpiLabel: 32,
  quote: 52,
  tableCell: 30,
  footer: 24,
} as const

/** Margins and the title band every content slide shares. */
export const SLIDE_FRAME = {
  marginX: 120,
  titleTop: 72,
  titleHeight: 96,
  /** The red rule under the title. */
  ruleTop: 180,
  ruleHeight: 6,
  bodyTop: 228,
  bodyBottom: 960,
  footerTop: 1010,
} as const

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The body area of content slides: below the title band, above the footer. */
export const BODY_BOX: Box = {
  x: SLIDE_FRAME.marginX,
  y: SLIDE_FRAME.bodyTop,
  width: SLIDE_WIDTH - 2 * SLIDE_FRAME.marginX,
  height: SLIDE_FRAME.bodyBottom - SLIDE_FRAME.bodyTop,
}

/** The chart's slot on a chart slide: the body area less a caption line. Charts render at this size. */
export const CHART_BOX: Box = { ...BODY_BOX, height: BODY_BOX.height - 60 }

/** KPI cards: up to 3 per row, 1 or 2 rows, centred in the body area. */
export function kpiCardBoxes(count: number): Box[] {
  const n = Math.max(1, Math.min(6, count))
  const perRow = n <= 3 ? n : Math.ceil(n / 2)
  const rows = Math.ceil(n / perRow)
  const gap = 40
  const width = (BODY_BOX.width - gap * (perRow - 1)) / perRow
  const height = Math.min(320, (BODY_BOX.height - gap * (rows - 1)) / rows)
  const top = BODY_BOX.y + (BODY_BOX.height - (rows * height + (rows - 1) * gap)) / 2
  const boxes: Box[] = []
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow)
    const inRow = row === rows - 1 ? n - perRow * (rows - 1) : perRow
    const col = i - row * perRow
    const rowWidth = inRow * width + (inRow - 1) * gap
    const left = BODY_BOX.x + (BODY_BOX.width - rowWidth) / 2
    boxes.push({ x: left + col * (width + gap), y: top + row * (height + gap), width, height })
  }
  return boxes
}

/** Layouts without the shared title band. */
export const FULL_BLEED_LAYOUTS: readonly SlideLayout[] = ['cover', 'closing', 'quote']

/**
 * The font size for a list of lines in the body area (agenda items, section bullets): larger for a few
 * short lines, one step down for long or many lines; never below the 28 px floor that reads from the back
 * of a room. The slide components and the PDF both use it, so a list breaks its lines alike in both.
 */
export function listFontSize(lines: readonly string[]): number {
  const chars = lines.reduce((n, l) => n + [...l].length, 0)
  if (lines.length <= 4 && chars <= 120) return SLIDE_TYPE.bullet + 6
  if (lines.length <= 5 && chars <= 150) return SLIDE_TYPE.bullet
  if (lines.length <= 7 && chars <= 260) return SLIDE_TYPE.body - 4
  return SLIDE_TYPE.small
}
