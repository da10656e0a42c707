/**
 * The colours of a completion status (目标完成情况), for slides and for the comparison view: the exceptions
 * stand out in solid colour (超额完成 deep green, 未完成 vermilion), the ordinary outcomes are quiet tints
 * (完成 pale green, 未报告 pale grey). Every theme's paper is white, so all three share them.
 */
import type { CompletionStatus } from '../../schemas/report'

/** A status badge: its fill and the text on it. */
export interface StatusColors {
  fill: string
  text: string
}

export type StatusPalette = { readonly [S in CompletionStatus]: StatusColors }

export const STATUS_COLORS: StatusPalette = {
  超额完成: { fill: '#1b6e43', text: '#ffffff' },
  完成: { fill: '#dff0e5', text: '#17603a' },
  未完成: { fill: '#b8421a', text: '#ffffff' },
  未报告: { fill: '#eceef1', text: '#4f5864' },
}
