import type { Metric } from '../schemas/report'

/**
 * A figure a person should check before it goes on a slide (`待核对`): the parser gave reasons to doubt it and
 * no person has edited or pinned it since.
 */
export function needsCheck(m: Metric): boolean {
  return m.confidence.level === 'low' && !m.edited && !m.pinned
}

/** The figure as a person confirmed it (an edit or a pin): sure from now on. */
export function confirmed(m: Metric): Metric {
  return { ...m, confidence: { level: 'high', reasons: [] } }
}
