import type { Slide } from '@shared/schemas/briefing'
import type { Field } from '@shared/slides/fields'
import type { SlidePatch } from '@shared/slides/patch-at'

/** Props of every field control: the field, the slide it edits, and whether editing is allowed. */
export interface FieldProps<F extends Field<Slide>> {
  field: F
  slide: Slide
  editable: boolean
}

/** A field control emits a patch of its slide, with a key that coalesces typing into one undo step. */
export type FieldEmits = { patch: [patch: SlidePatch, key: string] }

export const val = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value
