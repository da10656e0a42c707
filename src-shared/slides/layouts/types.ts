/**
 * What a layout module provides (src-shared/slides/layouts/<name>.ts): its schema (in the module, composed
 * into the slide union by schemas/briefing.ts), an empty slide for the “add slide” menu, its editable
 * fields, and `boxes`, which places every element of a slide. Screen, PDF and PPTX draw from `boxes`.
 */
import type { SlideBase } from '../../schemas/slide-parts'
import type { SlideElement } from '../elements'
import type { Field } from '../fields'
import type { LayoutContext } from './context'

export interface LayoutModule<S extends { layout: string }> {
  layout: S['layout']
  /** An empty slide of this layout, as the “add slide” menu inserts it. */
  create(base: SlideBase): S
  /** Fields after the title, in the properties panel's order. */
  fields: readonly Field<S>[]
  /** Whether the title is optional (the quote slide may have none). */
  titleOptional?: boolean
  boxes(slide: S, ctx: LayoutContext): SlideElement[]
}
