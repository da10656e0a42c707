/**
 * A layout's editable fields, from which the properties panel is built: each says what kind of control
 * it needs, how to read its value from a slide and how to write it back as a patch.
 */
import type { Picture, SlideFigure } from '../schemas/slide-parts'
import type { TargetRow } from './layouts/targets'

/** Field names; each has a label in the interface text (`editor.fields.<id>`). */
export const FIELD_IDS = [
  'title',
  'subtitle',
  'organization',
  'date',
  'items',
  'bullets',
  'figures',
  'chartType',
  'chartTitle',
  'series',
  'caption',
  'columns',
  'rows',
  'targetHeading',
  'resultHeading',
  'targetRows',
  'quote',
  'attribution',
  'message',
  'picture',
  'leftPicture',
  'rightPicture',
] as const
export type FieldId = (typeof FIELD_IDS)[number]

/** A slide patch: any fields but the id and the layout. */
export type PatchOf<S> = Partial<Omit<S, 'id' | 'layout'>>

interface FieldBase<S, V> {
  id: FieldId
  get(slide: S): V
  set(slide: S, value: V): PatchOf<S>
}

export interface TextField<S> extends FieldBase<S, string> {
  kind: 'text' | 'multiline'
}
/** A list of strings edited one per line. */
export interface LinesField<S> extends FieldBase<S, string[]> {
  kind: 'lines'
}
export interface ChoiceField<S> extends FieldBase<S, string> {
  kind: 'choice'
  options: readonly string[]
  /** i18n prefix of the option names: `${optionLabels}.${option}`. */
  optionLabels: string
}
export interface FiguresField<S> extends FieldBase<S, SlideFigure[]> {
  kind: 'figures'
  max: number | null
}
export interface TableField<S> extends FieldBase<S, { columns: string[]; rows: { label: string; cells: string[]; metricIds: string[] }[] }> {
  kind: 'table'
}
export interface PictureField<S> extends FieldBase<S, Picture> {
  kind: 'picture'
}
/** The rows of a 目标完成情况 slide: each row's status is chosen here, its texts on the canvas. */
export interface TargetRowsField<S> extends FieldBase<S, TargetRow[]> {
  kind: 'targets'
}

export type Field<S> = TextField<S> | LinesField<S> | ChoiceField<S> | FiguresField<S> | TableField<S> | PictureField<S> | TargetRowsField<S>
export type FieldKind = Field<unknown>['kind']

/** A plain top-level string field. */
export function textField<S, K extends keyof S & FieldId>(id: K, kind: 'text' | 'multiline' = 'text'): TextField<S> {
  return { kind, id, get: (s) => String(s[id] ?? ''), set: (_s, v) => ({ [id]: v }) as PatchOf<S> }
}

export function linesField<S, K extends keyof S & FieldId>(id: K): LinesField<S> {
  return { kind: 'lines', id, get: (s) => [...(s[id] as string[])], set: (_s, v) => ({ [id]: v }) as PatchOf<S> }
}
