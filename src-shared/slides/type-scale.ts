/**
 * Type sizes in logical pixels on the 1080-high canvas, by role, and the ladders the fitting rule steps
 * down. Body text is one size per deck (never shrunk per slide), at least 28 px so it reads from the back
 * of a meeting room.
 */
export interface Ladder {
  /** Largest first; the last is the floor. */
  sizes: readonly number[]
  lineHeight: number
  maxLines?: number
}

const ladder = (from: number, floor: number, step: number): number[] => {
  const out: number[] = []
  for (let s = from; s > floor; s -= step) out.push(s)
  out.push(floor)
  return out
}

export const TYPE = {
  /** Content slide titles: two lines at 56, then down to 40. */
  title: { sizes: ladder(56, 40, 4), lineHeight: 1.2, maxLines: 2 },
  coverTitle: { sizes: ladder(88, 56, 8), lineHeight: 1.25, maxLines: 3 },
  closingTitle: { sizes: ladder(88, 56, 8), lineHeight: 1.25, maxLines: 2 },
  subtitle: { sizes: ladder(44, 32, 4), lineHeight: 1.35, maxLines: 2 },
  coverMeta: { sizes: [34, 30, 28], lineHeight: 1.4, maxLines: 1 },
  message: { sizes: ladder(44, 32, 4), lineHeight: 1.45, maxLines: 4 },
  /** The deck's body size: section bullets. */
  body: 36,
  bodyLineHeight: 1.45,
  /** Space between two bullets, in em. */
  bulletGap: 0.6,
  agenda: 40,
  agendaTwoColumns: 32,
  kpiValue: { sizes: ladder(104, 48, 8), lineHeight: 1.1 },
  kpiUnitRatio: 0.4,
  kpiLabel: { sizes: ladder(32, 24, 4), lineHeight: 1.3, maxLines: 2 },
  small: 28,
  quote: { sizes: ladder(52, 32, 4), lineHeight: 1.5 },
  attribution: { sizes: [36, 32, 28], lineHeight: 1.45, maxLines: 1 },
  tableCell: { sizes: [30, 28, 26, 24, 22], lineHeight: 1.3 },
  caption: { sizes: [28, 26, 24], lineHeight: 1.4, maxLines: 2 },
  footer: 24,
  placeholder: 28,
} as const satisfies Record<string, number | Ladder>
