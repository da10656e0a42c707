/**
 * An inline edit on the canvas as a slide patch: the value written at a path into the slide
 * (['bullets', 2], ['figures', 0, 'value']); the patch replaces the path's top-level field with a copy.
 */
import type { Slide } from '../schemas/briefing'
import type { EditTarget } from './elements'

export type SlidePatch = { [K in Slide['layout']]: Partial<Omit<Extract<Slide, { layout: K }>, 'id' | 'layout'>> }[Slide['layout']]

function setIn(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>
  copy[head] = setIn((value as Record<string | number, unknown> | undefined)?.[head], rest, next)
  return copy
}

/** A number as typed: digits, one decimal point, a minus sign; null when it is not a number. */
export function parseTypedNumber(text: string): number | null {
  const clean = text.replace(/[\s,，]/g, '').replace(/[−–]/g, '-')
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null
}

/** The patch that puts `value` at `path` in the slide; null for a path outside its fields. */
export function patchValueAt(slide: Slide, path: readonly (string | number)[], value: unknown): SlidePatch | null {
  const [top, ...rest] = path
  if (typeof top !== 'string' || top === 'id' || top === 'layout' || !(top in slide)) return null
  const current = (slide as unknown as Record<string, unknown>)[top]
  return { [top]: setIn(current, rest, value) } as SlidePatch
}

/** The value at `path` in the slide (a text, a number, a picture), or undefined. */
export function valueAt(slide: Slide, path: readonly (string | number)[]): unknown {
  let v: unknown = slide
  for (const key of path) v = v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[key]
  return v
}

/** The patch for typing `text` into the target, or null when the text is not acceptable (a non-number). */
export function patchAt(slide: Slide, target: Pick<EditTarget, 'path' | 'parse'>, text: string): SlidePatch | null {
  const value = target.parse === 'number' ? parseTypedNumber(text) : text
  if (value === null) return null
  return patchValueAt(slide, target.path, value)
}
