/**
 * A unit keeps the slash its report writes. Analysis reads the normalised text, where the full-width slash of
 * `10.2万元／人` or `38微克／立方米` is a plain `/`; the figure shows the unit as the report wrote it, as its quote does.
 */
const FULL_WIDTH_SLASH = '／'

/** The unit read from the normalised text, with the slash written in original[start, unitEnd). */
export function unitAsWritten(unit: string, original: string, start: number, unitEnd: number): string {
  if (!unit.includes('/')) return unit
  return original.slice(start, unitEnd).includes(FULL_WIDTH_SLASH) ? unit.replace('/', FULL_WIDTH_SLASH) : unit
}
